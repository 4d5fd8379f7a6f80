import type { DiagnoseTexts } from './texts.js';

export const frFrTexts: DiagnoseTexts = {
  summaries: {
    taskExitCode: 'La ligne de commande de la tâche {task} s’est terminée avec le code de sortie {exitCode}, la tâche a donc échoué.',
    taskResourceFileDownloadFailed: 'Un fichier de ressources de la tâche {task} n’a pas pu être téléchargé, sa ligne de commande n’a donc pas été exécutée.',
    taskOutputFileUploadFailed: 'Un fichier de sortie de la tâche {task} n’a pas pu être chargé après l’exécution de sa ligne de commande.',
    taskMaxWallClockTimeExceeded: 'La tâche {task} a dépassé sa durée d’exécution maximale ({limit}) et a été arrêtée.',
    taskPreProcessingError: 'La tâche {task} n’a pas pu être démarrée.',
    taskEnded: 'La tâche {task} a été arrêtée à la demande avant de se terminer.',
    jobMaxWallClockTimeExpired: 'Le travail {job} a dépassé sa durée d’exécution maximale ({limit}) et a été arrêté.',
    jobTerminatedByTaskFailure: 'Le travail {job} a été arrêté, car une tâche a échoué avec une condition de sortie qui arrête le travail.',
    jobSchedulingError: 'Le travail {job} n’a pas pu être planifié.',
    jobPreparationTaskFailed:
      'La tâche de préparation du travail {job} a échoué sur le nœud {node} : les tâches du travail ne s’exécutent pas sur ce nœud, et le travail n’est pas finalisé.',
    jobReleaseTaskFailed: 'La tâche de validation du travail {job} a échoué sur le nœud {node} ; le travail passe tout de même à l’état terminé.',
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
  labels: {
    task: 'Tâche',
    job: 'Travail',
    noFindings: 'Aucun échec détecté.',
    code: 'Code d’erreur',
    details: 'Détails',
    effects: 'Effets',
    lookNext: 'À consulter ensuite',
    docs: 'Documentation',
  },
};
