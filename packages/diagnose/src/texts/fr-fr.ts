import type { DiagnoseTexts, SummaryTexts } from './texts.js';

export const frFrTexts: DiagnoseTexts = {
  summaries: {
    'task-exit-code': 'La ligne de commande de la tâche {task} s’est terminée avec le code de sortie {exitCode}, la tâche a donc échoué.',
    'task-resource-file-download-failed':
      'Un fichier de ressources de la tâche {task} n’a pas pu être téléchargé, sa ligne de commande n’a donc pas été exécutée.',
    'task-output-file-upload-failed': 'Un fichier de sortie de la tâche {task} n’a pas pu être chargé après l’exécution de sa ligne de commande.',
    'task-max-wall-clock-time-exceeded': 'La tâche {task} a dépassé sa durée d’exécution maximale ({limit}) et a été arrêtée.',
    'task-pre-processing-error': 'La tâche {task} n’a pas pu être démarrée.',
    'task-ended': 'La tâche {task} a été arrêtée à la demande avant de se terminer.',
    'task-node-unusable': 'La tâche {task} ne s’est pas exécutée : son nœud {node} est à l’état {state}, et Batch n’y planifie aucune tâche.',
    'job-max-wall-clock-time-expired': 'Le travail {job} a dépassé sa durée d’exécution maximale ({limit}) et a été arrêté.',
    'job-terminated-by-task-failure': 'Le travail {job} a été arrêté, car une tâche a échoué avec une condition de sortie qui arrête le travail.',
    'job-scheduling-error': 'Le travail {job} n’a pas pu être planifié.',
    'job-preparation-task-failed':
      'La tâche de préparation du travail {job} a échoué sur le nœud {node} : les tâches du travail ne s’exécutent pas sur ce nœud, et le travail n’est pas finalisé.',
    'job-release-task-failed': 'La tâche de validation du travail {job} a échoué sur le nœud {node} ; le travail passe tout de même à l’état terminé.',
    'pool-resize-quota-reached': 'Le pool {pool} n’a pas atteint sa taille cible : le compte Batch a atteint son {quota}.',
    'pool-resize-allocation-failed': 'Batch n’a pas pu allouer les nœuds demandés par le pool {pool}.',
    'pool-resize-timed-out': 'Le pool {pool} n’a pas atteint sa taille cible dans son délai de redimensionnement ({timeout}).',
    'pool-resize-stopped': 'Le redimensionnement du pool {pool} a été arrêté avant que le pool atteigne sa taille cible.',
    'pool-remove-nodes-failed': 'La suppression de nœuds du pool {pool} a échoué.',
    'pool-resize-error': 'Le redimensionnement du pool {pool} a échoué avec l’erreur {code}.',
    'pool-autoscale-failed': 'La dernière évaluation de la mise à l’échelle automatique du pool {pool} a échoué.',
    'pool-deletion-slow': 'Le pool {pool} est en cours de suppression depuis {minutes} minutes (depuis {since}), plus longtemps que prévu.',
    'node-start-task-failed': 'La tâche de démarrage du nœud {node} a échoué.',
    'node-unusable': 'Le nœud {node} est inutilisable : {cause}.',
    'node-unreachable': 'Le nœud {node} est inutilisable et ne signale aucune erreur : Batch ne peut pas communiquer avec la machine virtuelle.',
  },
  variants: {
    startTaskExitCode: 'La tâche de démarrage du nœud {node} s’est terminée avec le code de sortie {exitCode}, elle a donc échoué.',
  },
  quotas: {
    dedicated: 'quota de cœurs pour les nœuds dédiés',
    lowPriority: 'quota de cœurs pour les nœuds de faible priorité',
    spot: 'quota de cœurs pour les nœuds Spot',
  },
  nodeErrorCauses: {
    'application-package': 'un package d’application n’a pas pu être téléchargé ou décompressé',
    container: 'un conteneur n’a pas pu être téléchargé',
    'disk-full': 'son disque temporaire ou son disque de système d’exploitation est plein ou presque',
    other: 'le service signale l’erreur {code}',
  },
  retrying:
    'La tâche est de nouveau à l’état {state} : cet échec vient d’une tentative précédente ({retries} nouvelles tentatives jusqu’ici), et ce qui suit ne s’applique que si sa dernière tentative échoue aussi.',
  dependentTasks: {
    satisfy: 'Les tâches qui dépendent de cette tâche peuvent s’exécuter.',
    block: 'Les tâches qui dépendent de cette tâche sont bloquées et restent en attente.',
  },
  jobAction: {
    none: 'Le travail n’est pas modifié.',
    disable: 'Le travail est désactivé.',
    terminate: 'Le travail est arrêté.',
    noaction: 'Le travail n’est pas modifié : sa propriété onTaskFailure a la valeur noaction, les conditions de sortie n’ont donc aucun effet sur lui.',
    disableIfPerformExitOptions:
      'Si la propriété onTaskFailure du travail a la valeur performExitOptionsJobAction, le travail est désactivé ; sinon, il n’est pas modifié.',
    terminateIfPerformExitOptions:
      'Si la propriété onTaskFailure du travail a la valeur performExitOptionsJobAction, le travail est arrêté ; sinon, il n’est pas modifié.',
  },
  impacts: {
    nodeRunsNoTasks: 'Aucune tâche n’est planifiée sur le nœud, mais il continue d’entraîner des frais.',
    startTaskWaits:
      'La tâche de démarrage attend sa réussite (waitForSuccess) : aucune tâche n’est donc planifiée sur le nœud, mais il continue d’entraîner des frais.',
    startTaskDoesNotWait: 'La tâche de démarrage n’attend pas sa réussite (waitForSuccess vaut false) : des tâches sont donc toujours planifiées sur le nœud.',
    startTaskMayWait:
      'Si la tâche de démarrage attend sa réussite (waitForSuccess), aucune tâche n’est planifiée sur le nœud, mais il continue d’entraîner des frais.',
  },
  logs: {
    stdout: 'stdout.txt : ce que la ligne de commande a écrit dans la sortie standard ; ce fichier existe dès que la ligne de commande a été exécutée.',
    stderr:
      'stderr.txt : ce que la ligne de commande a écrit dans la sortie d’erreur standard ; ce fichier existe dès que la ligne de commande a été exécutée.',
    fileuploadout: 'fileuploadout.txt : le journal du chargement des fichiers de sortie ; ce fichier existe lorsqu’un chargement a été tenté.',
    fileuploaderr: 'fileuploaderr.txt : les erreurs du chargement des fichiers de sortie ; ce fichier existe lorsqu’un chargement a été tenté.',
    onNode:
      'Les journaux de la tâche se trouvent sur le nœud {node} tant que ce nœud existe ; les fichiers de sortie enregistrés dans Azure Storage restent disponibles après sa suppression.',
    noOutputLogs:
      'La ligne de commande n’a pas été exécutée, il n’y a donc ni stdout.txt ni stderr.txt, et aucun chargement n’a été tenté, il n’y a donc ni fileuploadout.txt ni fileuploaderr.txt.',
  },
  advice: {
    raiseQuota:
      'Augmentez le quota de cœurs du compte Batch (quotas et limites du service Batch) pour que Batch puisse allouer plus de nœuds, ou réduisez la taille cible.',
    relayedProviderError:
      'L’erreur du fournisseur provient du fournisseur de ressources Azure sous-jacent au pool, par exemple le groupe de machines virtuelles identiques : corrigez ce qu’elle indique, puis redimensionnez de nouveau le pool.',
    removeLock: 'Un verrou de ressource empêche l’écriture sur le groupe identique : supprimez le verrou, puis redimensionnez de nouveau le pool.',
    subnetAddresses: 'Le pool se trouve dans un réseau virtuel : son sous-réseau doit disposer d’une adresse IP libre pour chaque nœud demandé.',
    networkQuotas:
      'Vérifiez que les quotas de l’abonnement couvrent les équilibreurs de charge, les adresses IP publiques et les groupes de sécurité réseau dont a besoin un pool dans un réseau virtuel.',
    lengthenResizeTimeout:
      'Allongez le délai de redimensionnement : la valeur par défaut de 15 minutes suffit généralement, mais allouer plus de 1 000 nœuds à partir d’une image de la Place de marché Azure, ou plus de 300 à partir d’une image de machine virtuelle personnalisée, peut prendre 30 minutes.',
    customImages:
      'Les grands pools qui utilisent des images de machine virtuelle personnalisées sont plus longs à allouer : consultez « Créer un pool avec Azure Compute Gallery » pour les limites et la configuration.',
    resizeAgain: 'Redimensionnez de nouveau le pool s’il a encore besoin des nœuds.',
    removeNodesAgain:
      'Supprimez de nouveau les nœuds ; des verrous de ressource sur les ressources créées par Batch, ou sur les ressources réseau qu’il utilise, peuvent l’empêcher.',
    resizeCauses:
      'Lisez le message du service : les erreurs de redimensionnement viennent souvent d’un délai trop court, d’un quota de cœurs insuffisant ou, dans un réseau virtuel, d’un sous-réseau sans assez d’adresses IP libres ou de quotas d’abonnement insuffisants.',
    evaluateAutoScale:
      'Vérifiez la formule de mise à l’échelle automatique avec Evaluate Pool Auto Scale : elle indique l’heure de l’évaluation, les valeurs et le résultat, ainsi que les éventuelles erreurs.',
    autoScaleEvents: 'L’événement « pool resize complete » consigne les informations de chaque évaluation.',
    deletionRetries:
      'Batch retente régulièrement la suppression jusqu’à ce que le pool soit supprimé ; une panne d’un service Azure ou un autre problème temporaire peut la retarder.',
    deletionLocks: 'Supprimez les verrous de ressource sur les ressources créées par Batch ou sur les ressources réseau qu’il utilise.',
    deletionDependents:
      'Vos ressources qui dépendent d’une ressource créée par Batch empêchent la suppression du pool : pour un pool dans un réseau virtuel, son groupe de sécurité réseau, son adresse IP publique et son équilibreur de charge.',
    deletionProvider: 'Vérifiez que le fournisseur de ressources Microsoft.Batch est inscrit dans l’abonnement qui contient le pool.',
    deletionRole:
      'Pour un compte Batch en mode d’abonnement utilisateur, vérifiez que Microsoft Azure Batch dispose toujours du rôle Contributor ou Owner sur cet abonnement.',
    startTaskReentrant:
      'Les tâches de démarrage doivent être réentrantes : la tâche de démarrage s’exécute de nouveau quand le nœud est redémarré ou réinitialisé.',
    rebootNode: 'Une fois la tâche de démarrage corrigée, redémarrez le nœud pour l’exécuter de nouveau.',
    replaceNode: 'Pour remplacer le nœud, supprimez-le du pool (Pool - Remove Nodes), puis agrandissez de nouveau le pool.',
    noAutomaticRecovery: 'Batch ne récupère pas de lui-même un nœud sur lequel des packages d’application ou des conteneurs n’ont pas pu être installés.',
    checkApplicationPackages: 'Vérifiez les packages d’application auxquels le pool fait référence.',
    checkContainers: 'Vérifiez les images de conteneur auxquelles le pool fait référence.',
    freeDiskSpace:
      'Récupérez les données dont vous avez besoin sur le nœud, puis libérez de l’espace : supprimez les anciens travaux ou tâches terminés dont les fichiers sont encore sur le nœud (ses recentTasks, ou File - List From Compute Node), puis redémarrez le nœud ; il devrait passer de unusable à idle.',
    preventDiskFull:
      'Réduisez la durée de rétention des fichiers des tâches, ou choisissez une taille de machine virtuelle dont le disque temporaire convient à la charge de travail.',
    unreachableRecovery: 'Batch continue d’essayer de récupérer la machine virtuelle.',
    unreachableCauses:
      'Causes possibles : une image de machine virtuelle personnalisée non valide, une machine virtuelle déplacée après une défaillance de l’infrastructure ou une mise à niveau de bas niveau, un matériel qui ne prend pas en charge l’image ou, dans un réseau virtuel, des ports clés bloqués, le trafic sortant vers Azure Storage bloqué ou un serveur DNS personnalisé qui ne peut pas résoudre Azure Storage.',
    serviceMessage: 'Le message et les détails du service indiquent ce qui s’est passé.',
    uploadAgentLogs:
      'Avant de supprimer le nœud, chargez les fichiers journaux de l’agent Batch (Compute Node - Upload Batch Service Logs) au cas où vous contacteriez le support.',
  },
  labels: {
    task: 'Tâche',
    job: 'Travail',
    pool: 'Pool',
    node: 'Nœud',
    noFindings: 'Aucun échec détecté.',
    code: 'Code d’erreur',
    details: 'Détails',
    providerError: 'Erreur du fournisseur',
    truncated: 'tronqué',
    effects: 'Effets',
    lookNext: 'À consulter ensuite',
    docs: 'Documentation',
  },
};

export const frFrSummaryTexts: SummaryTexts = {
  items: {
    task: 'Tâches',
    job: 'Travaux',
    pool: 'Pools',
    node: 'Nœuds',
    'preparation-and-release-status': 'États des tâches de préparation et de mise en production',
  },
  counts: '{read} lus, {failed} en échec ({share})',
  exitCode: 'code de sortie {exitCode}',
  otherCodes: 'autres codes',
  timeRange: 'Du {from} au {to}',
  onNodes: 'Sur les nœuds',
  examples: 'Premiers',
  andMore: 'et {count} de plus',
  effectsVary: 'Les effets diffèrent au sein de ce groupe (leurs conditions de sortie diffèrent) ; ceux du premier sont affichés.',
  noItems: 'L’entrée ne contient aucune tâche, aucun travail, aucun pool ni aucun nœud.',
  partial: 'Partiel : l’entrée n’a pas pu être lue jusqu’au bout, seul ce qui a été lu est compté.',
  skipped: '{count} valeurs qui ne sont ni une tâche, ni un travail, ni un pool, ni un nœud, ni un état Batch ont été ignorées (la première : {first}).',
};
