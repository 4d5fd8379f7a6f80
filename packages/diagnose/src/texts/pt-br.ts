import type { DiagnoseTexts } from './texts.js';

export const ptBrTexts: DiagnoseTexts = {
  summaries: {
    taskExitCode: 'A linha de comando da tarefa {task} foi encerrada com o código de saída {exitCode} e, portanto, a tarefa falhou.',
    taskResourceFileDownloadFailed: 'Não foi possível baixar um arquivo de recurso da tarefa {task} e, portanto, a linha de comando dela não foi executada.',
    taskOutputFileUploadFailed: 'Não foi possível carregar um arquivo de saída da tarefa {task} após a execução da linha de comando.',
    taskMaxWallClockTimeExceeded: 'A tarefa {task} excedeu o tempo máximo de execução ({limit}) e foi interrompida.',
    taskPreProcessingError: 'Não foi possível iniciar a tarefa {task}.',
    taskEnded: 'A tarefa {task} foi encerrada por solicitação antes de ser concluída.',
    jobMaxWallClockTimeExpired: 'O trabalho {job} excedeu o tempo máximo de execução ({limit}) e foi encerrado.',
    jobTerminatedByTaskFailure: 'O trabalho {job} foi encerrado porque uma tarefa falhou com uma condição de saída que encerra o trabalho.',
    jobSchedulingError: 'Não foi possível agendar o trabalho {job}.',
    jobPreparationTaskFailed:
      'A tarefa de preparação de trabalho do trabalho {job} falhou no nó {node}: as tarefas do trabalho não são executadas nesse nó, e o trabalho não é concluído.',
    jobReleaseTaskFailed: 'A tarefa de liberação de trabalho do trabalho {job} falhou no nó {node}; mesmo assim, o trabalho passa para o estado concluído.',
  },
  retrying:
    'A tarefa está novamente no estado {state}: esta falha é de uma tentativa anterior ({retries} repetições até agora), e o seguinte só se aplica se a última tentativa também falhar.',
  dependentTasks: {
    satisfy: 'As tarefas que dependem desta tarefa podem ser executadas.',
    block: 'As tarefas que dependem desta tarefa são bloqueadas e continuam aguardando.',
  },
  jobAction: {
    none: 'O trabalho não é alterado.',
    disable: 'O trabalho é desabilitado.',
    terminate: 'O trabalho é encerrado.',
    noaction: 'O trabalho não é alterado: o onTaskFailure dele é noaction, portanto as condições de saída não agem sobre ele.',
    disableIfPerformExitOptions:
      'Se o onTaskFailure do trabalho for performExitOptionsJobAction, o trabalho será desabilitado; caso contrário, ele não será alterado.',
    terminateIfPerformExitOptions:
      'Se o onTaskFailure do trabalho for performExitOptionsJobAction, o trabalho será encerrado; caso contrário, ele não será alterado.',
  },
  logs: {
    stdout: 'stdout.txt: o que a linha de comando gravou na saída padrão; ele existe depois que a linha de comando é executada.',
    stderr: 'stderr.txt: o que a linha de comando gravou no erro padrão; ele existe depois que a linha de comando é executada.',
    fileuploadout: 'fileuploadout.txt: o log do carregamento dos arquivos de saída; ele existe quando houve uma tentativa de carregamento.',
    fileuploaderr: 'fileuploaderr.txt: os erros do carregamento dos arquivos de saída; ele existe quando houve uma tentativa de carregamento.',
    onNode:
      'Os logs da tarefa ficam no nó {node} enquanto o nó existir; os arquivos de saída salvos no Azure Storage continuam disponíveis depois que o nó deixa de existir.',
    noOutputLogs:
      'A linha de comando não foi executada, portanto não há stdout.txt nem stderr.txt, e nenhum carregamento foi tentado, portanto não há fileuploadout.txt nem fileuploaderr.txt.',
  },
  labels: {
    task: 'Tarefa',
    job: 'Trabalho',
    noFindings: 'Nenhuma falha encontrada.',
    code: 'Código de erro',
    details: 'Detalhes',
    effects: 'Efeitos',
    lookNext: 'Onde verificar',
    docs: 'Documentação',
  },
};
