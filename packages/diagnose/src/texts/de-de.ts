import type { DiagnoseTexts, SummaryTexts } from './texts.js';

export const deDeTexts: DiagnoseTexts = {
  summaries: {
    'task-exit-code': 'Die Befehlszeile des Tasks {task} wurde mit dem Exitcode {exitCode} beendet, daher ist der Task fehlgeschlagen.',
    'task-resource-file-download-failed':
      'Eine Ressourcendatei des Tasks {task} konnte nicht heruntergeladen werden, daher wurde seine Befehlszeile nicht ausgeführt.',
    'task-output-file-upload-failed': 'Eine Ausgabedatei des Tasks {task} konnte nach der Ausführung seiner Befehlszeile nicht hochgeladen werden.',
    'task-max-wall-clock-time-exceeded': 'Der Task {task} hat seine maximale Laufzeit ({limit}) überschritten und wurde abgebrochen.',
    'task-pre-processing-error': 'Der Task {task} konnte nicht gestartet werden.',
    'task-ended': 'Der Task {task} wurde auf Anforderung beendet, bevor er abgeschlossen war.',
    'task-node-unusable': 'Der Task {task} wurde nicht ausgeführt: Sein Knoten {node} ist im Zustand {state}, und Batch plant keine Tasks auf ihm ein.',
    'job-max-wall-clock-time-expired': 'Der Auftrag {job} hat seine maximale Laufzeit ({limit}) überschritten und wurde beendet.',
    'job-terminated-by-task-failure': 'Der Auftrag {job} wurde beendet, weil ein Task mit einer Exitbedingung fehlgeschlagen ist, die den Auftrag beendet.',
    'job-scheduling-error': 'Der Auftrag {job} konnte nicht geplant werden.',
    'job-preparation-task-failed':
      'Der Auftragsvorbereitungstask des Auftrags {job} ist auf dem Knoten {node} fehlgeschlagen: Tasks des Auftrags werden auf diesem Knoten nicht ausgeführt, und der Auftrag wird nicht abgeschlossen.',
    'job-release-task-failed':
      'Der Auftragsfreigabetask des Auftrags {job} ist auf dem Knoten {node} fehlgeschlagen; der Auftrag wechselt dennoch in den Zustand „Abgeschlossen“.',
    'pool-resize-quota-reached': 'Der Pool {pool} hat seine Zielgröße nicht erreicht: Das Batch-Konto hat sein {quota} ausgeschöpft.',
    'pool-resize-allocation-failed': 'Batch konnte die vom Pool {pool} angeforderten Knoten nicht zuordnen.',
    'pool-resize-timed-out': 'Der Pool {pool} hat seine Zielgröße nicht innerhalb seines Zeitlimits für die Größenänderung ({timeout}) erreicht.',
    'pool-resize-stopped': 'Die Größenänderung des Pools {pool} wurde beendet, bevor der Pool seine Zielgröße erreicht hatte.',
    'pool-remove-nodes-failed': 'Das Entfernen von Knoten aus dem Pool {pool} ist fehlgeschlagen.',
    'pool-resize-error': 'Die Größenänderung des Pools {pool} ist mit dem Fehler {code} fehlgeschlagen.',
    'pool-autoscale-failed': 'Die letzte Auswertung der automatischen Skalierung des Pools {pool} ist fehlgeschlagen.',
    'pool-deletion-slow': 'Der Pool {pool} wird seit {minutes} Minuten gelöscht (seit {since}), länger als erwartet.',
    'node-start-task-failed': 'Der Starttask des Knotens {node} ist fehlgeschlagen.',
    'node-unusable': 'Der Knoten {node} ist nicht verwendbar: {cause}.',
    'node-unreachable': 'Der Knoten {node} ist nicht verwendbar und meldet keinen Fehler: Batch kann nicht mit der VM kommunizieren.',
  },
  variants: {
    startTaskExitCode: 'Der Starttask des Knotens {node} wurde mit dem Exitcode {exitCode} beendet und ist daher fehlgeschlagen.',
  },
  quotas: {
    dedicated: 'Kontingent an Kernen für dedizierte Knoten',
    lowPriority: 'Kontingent an Kernen für Knoten mit niedriger Priorität',
    spot: 'Kontingent an Kernen für Spot-Knoten',
  },
  nodeErrorCauses: {
    'application-package': 'Ein Anwendungspaket wurde nicht heruntergeladen oder entpackt',
    container: 'Ein Container wurde nicht heruntergeladen',
    'disk-full': 'Sein temporärer Datenträger oder sein Betriebssystemdatenträger ist voll oder fast voll',
    other: 'Der Dienst meldet den Fehler {code}',
  },
  retrying:
    'Der Task ist wieder {state}: Dieser Fehler stammt aus einem früheren Versuch ({retries} Wiederholungen bisher), und Folgendes gilt nur, wenn auch sein letzter Versuch fehlschlägt.',
  dependentTasks: {
    satisfy: 'Tasks, die von diesem Task abhängen, dürfen ausgeführt werden.',
    block: 'Tasks, die von diesem Task abhängen, sind blockiert und warten weiterhin.',
  },
  jobAction: {
    none: 'Der Auftrag wird nicht geändert.',
    disable: 'Der Auftrag wird deaktiviert.',
    terminate: 'Der Auftrag wird beendet.',
    noaction:
      'Der Auftrag wird nicht geändert: Seine Eigenschaft onTaskFailure ist auf noaction festgelegt, daher wirken sich Exitbedingungen nicht auf ihn aus.',
    disableIfPerformExitOptions:
      'Wenn die Eigenschaft onTaskFailure des Auftrags auf performExitOptionsJobAction festgelegt ist, wird der Auftrag deaktiviert; andernfalls wird er nicht geändert.',
    terminateIfPerformExitOptions:
      'Wenn die Eigenschaft onTaskFailure des Auftrags auf performExitOptionsJobAction festgelegt ist, wird der Auftrag beendet; andernfalls wird er nicht geändert.',
  },
  impacts: {
    nodeRunsNoTasks: 'Auf dem Knoten werden keine Tasks eingeplant, er verursacht aber weiterhin Kosten.',
    startTaskWaits:
      'Der Starttask wartet auf Erfolg (waitForSuccess), daher werden auf dem Knoten keine Tasks eingeplant, er verursacht aber weiterhin Kosten.',
    startTaskDoesNotWait: 'Der Starttask wartet nicht auf Erfolg (waitForSuccess ist false), daher werden weiterhin Tasks auf dem Knoten eingeplant.',
    startTaskMayWait:
      'Wenn der Starttask auf Erfolg wartet (waitForSuccess), werden auf dem Knoten keine Tasks eingeplant, er verursacht aber weiterhin Kosten.',
  },
  logs: {
    stdout: 'stdout.txt: was die Befehlszeile in die Standardausgabe geschrieben hat; die Datei ist vorhanden, sobald die Befehlszeile ausgeführt wurde.',
    stderr: 'stderr.txt: was die Befehlszeile in die Standardfehlerausgabe geschrieben hat; die Datei ist vorhanden, sobald die Befehlszeile ausgeführt wurde.',
    fileuploadout: 'fileuploadout.txt: das Protokoll zum Hochladen der Ausgabedateien; die Datei ist vorhanden, wenn ein Upload versucht wurde.',
    fileuploaderr: 'fileuploaderr.txt: die Fehler beim Hochladen der Ausgabedateien; die Datei ist vorhanden, wenn ein Upload versucht wurde.',
    onNode:
      'Die Taskprotokolle befinden sich auf dem Knoten {node}, solange der Knoten vorhanden ist; in Azure Storage gespeicherte Ausgabedateien bleiben auch danach erhalten.',
    noOutputLogs:
      'Die Befehlszeile wurde nicht ausgeführt, daher sind weder stdout.txt noch stderr.txt vorhanden, und es wurde kein Upload versucht, daher sind auch weder fileuploadout.txt noch fileuploaderr.txt vorhanden.',
  },
  advice: {
    raiseQuota:
      'Erhöhen Sie das Kernkontingent des Batch-Kontos (Kontingente und Limits des Batch-Diensts), damit Batch mehr Knoten zuordnen kann, oder senken Sie die Zielgröße.',
    relayedProviderError:
      'Der Anbieterfehler stammt vom Azure-Ressourcenanbieter unter dem Pool, etwa von der VM-Skalierungsgruppe: Beheben Sie, was er meldet, und ändern Sie dann die Größe des Pools erneut.',
    removeLock:
      'Eine Ressourcensperre verhindert Schreibvorgänge an der Skalierungsgruppe: Entfernen Sie die Sperre, und ändern Sie dann die Größe des Pools erneut.',
    subnetAddresses: 'Der Pool befindet sich in einem virtuellen Netzwerk: Sein Subnetz muss für jeden angeforderten Knoten eine freie IP-Adresse haben.',
    networkQuotas:
      'Stellen Sie sicher, dass die Kontingente des Abonnements die Lastenausgleichsmodule, öffentlichen IP-Adressen und Netzwerksicherheitsgruppen abdecken, die ein Pool in einem virtuellen Netzwerk benötigt.',
    lengthenResizeTimeout:
      'Verlängern Sie das Zeitlimit für die Größenänderung: Die Standardeinstellung von 15 Minuten reicht meist aus, aber das Zuordnen von mehr als 1.000 Knoten aus einem Azure Marketplace-Image oder von mehr als 300 Knoten aus einem benutzerdefinierten VM-Image kann 30 Minuten dauern.',
    customImages:
      'Große Pools mit benutzerdefinierten VM-Images brauchen länger für die Zuordnung: Limits und Konfiguration finden Sie unter „Erstellen eines Pools mit der Azure Compute Gallery“.',
    resizeAgain: 'Ändern Sie die Größe des Pools erneut, wenn er die Knoten noch benötigt.',
    removeNodesAgain:
      'Entfernen Sie die Knoten erneut; Ressourcensperren für von Batch erstellte Ressourcen oder für von Batch verwendete Netzwerkressourcen können das Entfernen verhindern.',
    resizeCauses:
      'Lesen Sie die Meldung des Diensts: Fehler bei der Größenänderung entstehen häufig durch ein zu kurzes Zeitlimit, ein unzureichendes Kernkontingent oder, in einem virtuellen Netzwerk, durch zu wenige freie IP-Adressen im Subnetz oder unzureichende Kontingente des Abonnements.',
    evaluateAutoScale:
      'Prüfen Sie die Formel für die automatische Skalierung mit Evaluate Pool Auto Scale: Der Vorgang meldet den Zeitpunkt der Auswertung, die Werte und das Ergebnis sowie etwaige Fehler.',
    autoScaleEvents: 'Das Ereignis „pool resize complete“ erfasst Informationen zu jeder Auswertung.',
    deletionRetries:
      'Batch wiederholt das Löschen regelmäßig, bis der Pool gelöscht ist; ein Ausfall eines Azure-Diensts oder ein anderes vorübergehendes Problem kann es verzögern.',
    deletionLocks: 'Entfernen Sie Ressourcensperren für die von Batch erstellten Ressourcen oder für die von Batch verwendeten Netzwerkressourcen.',
    deletionDependents:
      'Eigene Ressourcen, die von einer von Batch erstellten Ressource abhängen, verhindern das Löschen des Pools: bei einem Pool in einem virtuellen Netzwerk seine Netzwerksicherheitsgruppe, seine öffentliche IP-Adresse und sein Lastenausgleichsmodul.',
    deletionProvider: 'Prüfen Sie, ob der Ressourcenanbieter Microsoft.Batch in dem Abonnement registriert ist, das den Pool enthält.',
    deletionRole:
      'Prüfen Sie bei einem Batch-Konto im Benutzerabonnementmodus, ob Microsoft Azure Batch noch die Rolle Contributor oder Owner für dieses Abonnement hat.',
    startTaskReentrant:
      'Starttasks müssen wiedereintrittsfähig sein: Der Starttask wird erneut ausgeführt, wenn der Knoten neu gestartet wird oder ein neues Image erhält.',
    rebootNode: 'Starten Sie den Knoten neu, sobald der Starttask korrigiert ist, damit er erneut ausgeführt wird.',
    replaceNode: 'Um den Knoten zu ersetzen, entfernen Sie ihn aus dem Pool (Pool - Remove Nodes), und vergrößern Sie den Pool dann wieder.',
    noAutomaticRecovery: 'Batch stellt einen Knoten, auf dem Anwendungspakete oder Container nicht installiert werden konnten, nicht von selbst wieder her.',
    checkApplicationPackages: 'Prüfen Sie die Anwendungspakete, auf die der Pool verweist.',
    checkContainers: 'Prüfen Sie die Containerimages, auf die der Pool verweist.',
    freeDiskSpace:
      'Sichern Sie die benötigten Daten vom Knoten, und geben Sie dann Speicherplatz frei: Löschen Sie alte abgeschlossene Aufträge oder Tasks, deren Dateien noch auf dem Knoten liegen (seine recentTasks oder File - List From Compute Node), und starten Sie den Knoten dann neu; er sollte von unusable wieder zu idle wechseln.',
    preventDiskFull:
      'Verkürzen Sie die Aufbewahrungsdauer der Taskdateien, oder wählen Sie eine VM-Größe, deren temporäres Laufwerk für die Arbeitslast ausreicht.',
    unreachableRecovery: 'Batch versucht weiterhin, die VM wiederherzustellen.',
    unreachableCauses:
      'Mögliche Ursachen: ein ungültiges benutzerdefiniertes VM-Image, eine nach einem Infrastrukturfehler oder einem Upgrade auf niedriger Ebene verschobene VM, Hardware, die das Image nicht unterstützt, oder, in einem virtuellen Netzwerk, blockierte wichtige Ports, blockierter ausgehender Datenverkehr zu Azure Storage oder ein benutzerdefinierter DNS-Server, der Azure Storage nicht auflösen kann.',
    serviceMessage: 'Die Meldung und die Details des Diensts geben an, was passiert ist.',
    uploadAgentLogs:
      'Laden Sie vor dem Löschen des Knotens die Protokolldateien des Batch-Agents hoch (Compute Node - Upload Batch Service Logs), falls Sie sich an den Support wenden.',
  },
  labels: {
    task: 'Task',
    job: 'Auftrag',
    pool: 'Pool',
    node: 'Knoten',
    noFindings: 'Kein Fehler gefunden.',
    code: 'Fehlercode',
    details: 'Details',
    providerError: 'Anbieterfehler',
    truncated: 'gekürzt',
    effects: 'Auswirkungen',
    lookNext: 'Als Nächstes prüfen',
    docs: 'Dokumentation',
  },
};

export const deDeSummaryTexts: SummaryTexts = {
  items: { task: 'Tasks', job: 'Aufträge', pool: 'Pools', node: 'Knoten', 'preparation-and-release-status': 'Status der Vorbereitungs- und Freigabetasks' },
  counts: '{read} gelesen, {failed} mit einem Fehler ({share})',
  exitCode: 'Exitcode {exitCode}',
  otherCodes: 'weitere Codes',
  timeRange: 'Von {from} bis {to}',
  onNodes: 'Auf Knoten',
  examples: 'Erste',
  andMore: 'und {count} weitere',
  effectsVary: 'Die Auswirkungen unterscheiden sich innerhalb dieser Gruppe (ihre Exitbedingungen unterscheiden sich); gezeigt werden die des ersten Eintrags.',
  noItems: 'Die Eingabe enthält keine Tasks, Aufträge, Pools oder Knoten.',
  partial: 'Unvollständig: Die Eingabe konnte nicht bis zum Ende gelesen werden, gezählt ist nur das Gelesene.',
  skipped: '{count} Werte, die kein Batch-Task, -Auftrag, -Pool, -Knoten oder -Status sind, wurden übersprungen (der erste: {first}).',
};
