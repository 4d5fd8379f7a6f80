import type { DiagnoseTexts } from './texts.js';

export const esEsTexts: DiagnoseTexts = {
  summaries: {
    taskExitCode: 'La línea de comandos de la tarea {task} terminó con el código de salida {exitCode}, por lo que la tarea produjo un error.',
    taskResourceFileDownloadFailed: 'No se pudo descargar un archivo de recursos de la tarea {task}, por lo que su línea de comandos no se ejecutó.',
    taskOutputFileUploadFailed: 'No se pudo cargar un archivo de salida de la tarea {task} después de ejecutarse su línea de comandos.',
    taskMaxWallClockTimeExceeded: 'La tarea {task} superó su tiempo máximo de ejecución ({limit}) y se detuvo.',
    taskPreProcessingError: 'No se pudo iniciar la tarea {task}.',
    taskEnded: 'La tarea {task} se finalizó a petición antes de completarse.',
    jobMaxWallClockTimeExpired: 'El trabajo {job} superó su tiempo máximo de ejecución ({limit}) y se finalizó.',
    jobTerminatedByTaskFailure: 'El trabajo {job} se finalizó porque una tarea produjo un error con una condición de salida que finaliza el trabajo.',
    jobSchedulingError: 'No se pudo programar el trabajo {job}.',
    jobPreparationTaskFailed:
      'La tarea de preparación de trabajos del trabajo {job} produjo un error en el nodo {node}: las tareas del trabajo no se ejecutan en ese nodo y el trabajo no se completa.',
    jobReleaseTaskFailed:
      'La tarea de liberación de trabajos del trabajo {job} produjo un error en el nodo {node}; el trabajo pasa igualmente al estado completado.',
  },
  retrying:
    'La tarea vuelve a estar en estado {state}: este error es de un intento anterior ({retries} reintentos hasta ahora) y lo siguiente solo se aplica si su último intento también falla.',
  dependentTasks: {
    satisfy: 'Las tareas que dependen de esta tarea pueden ejecutarse.',
    block: 'Las tareas que dependen de esta tarea se bloquean y siguen esperando.',
  },
  jobAction: {
    none: 'El trabajo no se modifica.',
    disable: 'El trabajo se deshabilita.',
    terminate: 'El trabajo se finaliza.',
    noaction: 'El trabajo no se modifica: su propiedad onTaskFailure tiene el valor noaction, por lo que las condiciones de salida no lo afectan.',
    disableIfPerformExitOptions:
      'Si la propiedad onTaskFailure del trabajo tiene el valor performExitOptionsJobAction, el trabajo se deshabilita; de lo contrario, no se modifica.',
    terminateIfPerformExitOptions:
      'Si la propiedad onTaskFailure del trabajo tiene el valor performExitOptionsJobAction, el trabajo se finaliza; de lo contrario, no se modifica.',
  },
  logs: {
    stdout: 'stdout.txt: lo que la línea de comandos escribió en la salida estándar; existe una vez que se ha ejecutado la línea de comandos.',
    stderr: 'stderr.txt: lo que la línea de comandos escribió en el error estándar; existe una vez que se ha ejecutado la línea de comandos.',
    fileuploadout: 'fileuploadout.txt: el registro de la carga de archivos de salida; existe cuando se intentó una carga.',
    fileuploaderr: 'fileuploaderr.txt: los errores de la carga de archivos de salida; existe cuando se intentó una carga.',
    onNode:
      'Los registros de la tarea están en el nodo {node} mientras el nodo exista; los archivos de salida guardados en Azure Storage se conservan aunque el nodo deje de existir.',
    noOutputLogs:
      'La línea de comandos no se ejecutó, por lo que no hay stdout.txt ni stderr.txt, y no se intentó ninguna carga, por lo que no hay fileuploadout.txt ni fileuploaderr.txt.',
  },
  labels: {
    task: 'Tarea',
    job: 'Trabajo',
    noFindings: 'No se encontró ningún error.',
    code: 'Código de error',
    details: 'Detalles',
    effects: 'Efectos',
    lookNext: 'Qué revisar a continuación',
    docs: 'Documentación',
  },
};
