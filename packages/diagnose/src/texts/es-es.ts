import type { DiagnoseTexts, SummaryTexts } from './texts.js';

export const esEsTexts: DiagnoseTexts = {
  summaries: {
    'task-exit-code': 'La línea de comandos de la tarea {task} terminó con el código de salida {exitCode}, por lo que la tarea produjo un error.',
    'task-resource-file-download-failed': 'No se pudo descargar un archivo de recursos de la tarea {task}, por lo que su línea de comandos no se ejecutó.',
    'task-output-file-upload-failed': 'No se pudo cargar un archivo de salida de la tarea {task} después de ejecutarse su línea de comandos.',
    'task-max-wall-clock-time-exceeded': 'La tarea {task} superó su tiempo máximo de ejecución ({limit}) y se detuvo.',
    'task-pre-processing-error': 'No se pudo iniciar la tarea {task}.',
    'task-ended': 'La tarea {task} se finalizó a petición antes de completarse.',
    'task-node-unusable': 'La tarea {task} no se ha ejecutado: su nodo {node} está en estado {state} y Batch no programa tareas en él.',
    'job-max-wall-clock-time-expired': 'El trabajo {job} superó su tiempo máximo de ejecución ({limit}) y se finalizó.',
    'job-terminated-by-task-failure': 'El trabajo {job} se finalizó porque una tarea produjo un error con una condición de salida que finaliza el trabajo.',
    'job-scheduling-error': 'No se pudo programar el trabajo {job}.',
    'job-preparation-task-failed':
      'La tarea de preparación de trabajos del trabajo {job} produjo un error en el nodo {node}: las tareas del trabajo no se ejecutan en ese nodo y el trabajo no se completa.',
    'job-release-task-failed':
      'La tarea de liberación de trabajos del trabajo {job} produjo un error en el nodo {node}; el trabajo pasa igualmente al estado completado.',
    'pool-resize-quota-reached': 'El grupo {pool} no alcanzó su tamaño de destino: la cuenta de Batch alcanzó su {quota}.',
    'pool-resize-allocation-failed': 'Batch no pudo asignar los nodos que solicitó el grupo {pool}.',
    'pool-resize-timed-out': 'El grupo {pool} no alcanzó su tamaño de destino dentro de su tiempo de espera de cambio de tamaño ({timeout}).',
    'pool-resize-stopped': 'El cambio de tamaño del grupo {pool} se detuvo antes de que el grupo alcanzara su tamaño de destino.',
    'pool-remove-nodes-failed': 'No se pudieron quitar nodos del grupo {pool}.',
    'pool-resize-error': 'El cambio de tamaño del grupo {pool} produjo el error {code}.',
    'pool-autoscale-failed': 'La última evaluación del escalado automático del grupo {pool} produjo un error.',
    'pool-deletion-slow': 'El grupo {pool} lleva {minutes} minutos eliminándose (desde {since}), más de lo esperado.',
    'node-start-task-failed': 'La tarea de inicio del nodo {node} produjo un error.',
    'node-unusable': 'El nodo {node} no se puede usar: {cause}.',
    'node-unreachable': 'El nodo {node} no se puede usar y no notifica ningún error: Batch no puede comunicarse con la VM.',
  },
  variants: {
    startTaskExitCode: 'La tarea de inicio del nodo {node} terminó con el código de salida {exitCode}, por lo que produjo un error.',
  },
  quotas: {
    dedicated: 'cuota de núcleos para nodos dedicados',
    lowPriority: 'cuota de núcleos para nodos de prioridad baja',
    spot: 'cuota de núcleos para nodos de acceso puntual',
  },
  nodeErrorCauses: {
    'application-package': 'no se pudo descargar o descomprimir un paquete de aplicación',
    container: 'no se pudo descargar un contenedor',
    'disk-full': 'su disco temporal o del sistema operativo está lleno o casi lleno',
    other: 'el servicio notifica el error {code}',
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
  impacts: {
    nodeRunsNoTasks: 'No se programan tareas en el nodo, pero sigue generando cargos.',
    startTaskWaits:
      'La tarea de inicio espera a completarse correctamente (waitForSuccess), por lo que no se programan tareas en el nodo, pero sigue generando cargos.',
    startTaskDoesNotWait:
      'La tarea de inicio no espera a completarse correctamente (waitForSuccess es false), por lo que se siguen programando tareas en el nodo.',
    startTaskMayWait:
      'Si la tarea de inicio espera a completarse correctamente (waitForSuccess), no se programan tareas en el nodo, pero sigue generando cargos.',
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
  advice: {
    raiseQuota:
      'Aumente la cuota de núcleos de la cuenta de Batch (cuotas y límites del servicio Batch) para que Batch pueda asignar más nodos, o reduzca el tamaño de destino.',
    relayedProviderError:
      'El error del proveedor procede del proveedor de recursos de Azure subyacente al grupo, como el conjunto de escalado de máquinas virtuales: resuelva lo que indica y vuelva a cambiar el tamaño del grupo.',
    removeLock: 'Un bloqueo de recursos impide escribir en el conjunto de escalado: quite el bloqueo y vuelva a cambiar el tamaño del grupo.',
    subnetAddresses: 'El grupo está en una red virtual: su subred debe tener una dirección IP libre para cada nodo solicitado.',
    networkQuotas:
      'Asegúrese de que las cuotas de la suscripción cubren los equilibradores de carga, las direcciones IP públicas y los grupos de seguridad de red que necesita un grupo en una red virtual.',
    lengthenResizeTimeout:
      'Amplíe el tiempo de espera de cambio de tamaño: el valor predeterminado de 15 minutos suele bastar, pero asignar más de 1000 nodos desde una imagen de Azure Marketplace, o más de 300 desde una imagen de VM personalizada, puede tardar 30 minutos.',
    customImages:
      'Los grupos grandes que usan imágenes de VM personalizadas tardan más en asignarse: consulte «Creación de un grupo con Azure Compute Gallery» para conocer los límites y la configuración.',
    resizeAgain: 'Vuelva a cambiar el tamaño del grupo si todavía necesita los nodos.',
    removeNodesAgain: 'Vuelva a quitar los nodos; los bloqueos de recursos en los recursos que creó Batch, o en los recursos de red que usa, pueden impedirlo.',
    resizeCauses:
      'Lea el mensaje del servicio: los errores de cambio de tamaño suelen deberse a un tiempo de espera demasiado corto, a una cuota de núcleos insuficiente o, en una red virtual, a que la subred tiene pocas direcciones IP libres o a cuotas insuficientes de la suscripción.',
    evaluateAutoScale:
      'Compruebe la fórmula de escalado automático con Evaluate Pool Auto Scale: informa de la hora de la evaluación, los valores y el resultado, y cualquier error.',
    autoScaleEvents: 'El evento «pool resize complete» recoge información sobre todas las evaluaciones.',
    deletionRetries:
      'Batch reintenta la eliminación periódicamente hasta que se elimina el grupo; una interrupción de un servicio de Azure u otro problema temporal puede retrasarla.',
    deletionLocks: 'Quite los bloqueos de recursos de los recursos que creó Batch o de los recursos de red que usa.',
    deletionDependents:
      'Los recursos propios que dependen de un recurso creado por Batch impiden eliminar el grupo: en un grupo de una red virtual, su grupo de seguridad de red, su dirección IP pública y su equilibrador de carga.',
    deletionProvider: 'Compruebe que el proveedor de recursos Microsoft.Batch está registrado en la suscripción que contiene el grupo.',
    deletionRole:
      'En una cuenta de Batch en modo de suscripción de usuario, compruebe que Microsoft Azure Batch sigue teniendo el rol Contributor u Owner en esa suscripción.',
    startTaskReentrant:
      'Las tareas de inicio deben ser reentrantes: la tarea de inicio se vuelve a ejecutar cuando el nodo se reinicia o se restablece su imagen.',
    rebootNode: 'Una vez corregida la tarea de inicio, reinicie el nodo para que vuelva a ejecutarse.',
    replaceNode: 'Para reemplazar el nodo, quítelo del grupo (Pool - Remove Nodes) y vuelva a aumentar el tamaño del grupo.',
    noAutomaticRecovery: 'Batch no recupera por sí mismo un nodo en el que no se pudieron instalar paquetes de aplicación ni contenedores.',
    checkApplicationPackages: 'Compruebe los paquetes de aplicación a los que hace referencia el grupo.',
    checkContainers: 'Compruebe las imágenes de contenedor a las que hace referencia el grupo.',
    freeDiskSpace:
      'Recupere los datos que necesite del nodo y libere espacio: elimine los trabajos o tareas completados antiguos cuyos archivos siguen en el nodo (sus recentTasks, o File - List From Compute Node) y reinicie el nodo; debería pasar de unusable a idle.',
    preventDiskFull:
      'Reduzca el tiempo de retención de los archivos de las tareas o elija un tamaño de VM cuya unidad temporal se ajuste a la carga de trabajo.',
    unreachableRecovery: 'Batch sigue intentando recuperar la VM.',
    unreachableCauses:
      'Posibles causas: una imagen de VM personalizada no válida, una VM trasladada tras un error de infraestructura o una actualización de bajo nivel, hardware que no admite la imagen o, en una red virtual, puertos clave bloqueados, tráfico saliente a Azure Storage bloqueado o un servidor DNS personalizado que no puede resolver Azure Storage.',
    serviceMessage: 'El mensaje y los detalles del servicio indican lo que ocurrió.',
    uploadAgentLogs:
      'Antes de eliminar el nodo, cargue los archivos de registro del agente de Batch (Compute Node - Upload Batch Service Logs) por si se pone en contacto con el soporte técnico.',
  },
  labels: {
    task: 'Tarea',
    job: 'Trabajo',
    pool: 'Grupo',
    node: 'Nodo',
    noFindings: 'No se encontró ningún error.',
    code: 'Código de error',
    details: 'Detalles',
    providerError: 'Error del proveedor',
    truncated: 'truncado',
    effects: 'Efectos',
    lookNext: 'Qué revisar a continuación',
    docs: 'Documentación',
  },
};

export const esEsSummaryTexts: SummaryTexts = {
  items: {
    task: 'Tareas',
    job: 'Trabajos',
    pool: 'Grupos',
    node: 'Nodos',
    'preparation-and-release-status': 'Estados de las tareas de preparación y liberación',
  },
  counts: '{read} leídos, {failed} con un error ({share})',
  exitCode: 'código de salida {exitCode}',
  otherCodes: 'otros códigos',
  timeRange: 'Desde {from} hasta {to}',
  onNodes: 'En los nodos',
  examples: 'Primeros',
  andMore: 'y {count} más',
  effectsVary: 'Los efectos varían dentro de este grupo (sus condiciones de salida son distintas); se muestran los del primero.',
  noItems: 'La entrada no contiene tareas, trabajos, grupos ni nodos.',
  partial: 'Parcial: la entrada no se pudo leer hasta el final, así que solo se cuenta lo leído.',
  skipped: 'Se omitieron {count} valores que no son una tarea, un trabajo, un grupo, un nodo ni un estado de Batch (el primero: {first}).',
};
