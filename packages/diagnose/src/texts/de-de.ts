import type { DiagnoseTexts } from './texts.js';

export const deDeTexts: DiagnoseTexts = {
  summaries: {
    taskExitCode: 'Die Befehlszeile des Tasks {task} wurde mit dem Exitcode {exitCode} beendet, daher ist der Task fehlgeschlagen.',
    taskResourceFileDownloadFailed:
      'Eine Ressourcendatei des Tasks {task} konnte nicht heruntergeladen werden, daher wurde seine Befehlszeile nicht ausgeführt.',
    taskOutputFileUploadFailed: 'Eine Ausgabedatei des Tasks {task} konnte nach der Ausführung seiner Befehlszeile nicht hochgeladen werden.',
    taskMaxWallClockTimeExceeded: 'Der Task {task} hat seine maximale Laufzeit ({limit}) überschritten und wurde abgebrochen.',
    taskPreProcessingError: 'Der Task {task} konnte nicht gestartet werden.',
    taskEnded: 'Der Task {task} wurde auf Anforderung beendet, bevor er abgeschlossen war.',
    jobMaxWallClockTimeExpired: 'Der Auftrag {job} hat seine maximale Laufzeit ({limit}) überschritten und wurde beendet.',
    jobTerminatedByTaskFailure: 'Der Auftrag {job} wurde beendet, weil ein Task mit einer Exitbedingung fehlgeschlagen ist, die den Auftrag beendet.',
    jobSchedulingError: 'Der Auftrag {job} konnte nicht geplant werden.',
    jobPreparationTaskFailed:
      'Der Auftragsvorbereitungstask des Auftrags {job} ist auf dem Knoten {node} fehlgeschlagen: Tasks des Auftrags werden auf diesem Knoten nicht ausgeführt, und der Auftrag wird nicht abgeschlossen.',
    jobReleaseTaskFailed:
      'Der Auftragsfreigabetask des Auftrags {job} ist auf dem Knoten {node} fehlgeschlagen; der Auftrag wechselt dennoch in den Zustand „Abgeschlossen“.',
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
  labels: {
    task: 'Task',
    job: 'Auftrag',
    noFindings: 'Kein Fehler gefunden.',
    code: 'Fehlercode',
    details: 'Details',
    effects: 'Auswirkungen',
    lookNext: 'Als Nächstes prüfen',
    docs: 'Dokumentation',
  },
};
