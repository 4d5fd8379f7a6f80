import type { DiagnoseTexts, SummaryTexts } from './texts.js';

export const ptBrTexts: DiagnoseTexts = {
  summaries: {
    'task-exit-code': 'A linha de comando da tarefa {task} foi encerrada com o código de saída {exitCode} e, portanto, a tarefa falhou.',
    'task-resource-file-download-failed':
      'Não foi possível baixar um arquivo de recurso da tarefa {task} e, portanto, a linha de comando dela não foi executada.',
    'task-output-file-upload-failed': 'Não foi possível carregar um arquivo de saída da tarefa {task} após a execução da linha de comando.',
    'task-max-wall-clock-time-exceeded': 'A tarefa {task} excedeu o tempo máximo de execução ({limit}) e foi interrompida.',
    'task-pre-processing-error': 'Não foi possível iniciar a tarefa {task}.',
    'task-ended': 'A tarefa {task} foi encerrada por solicitação antes de ser concluída.',
    'task-node-unusable': 'A tarefa {task} não foi executada: o nó {node} dela está no estado {state}, e o Batch não agenda tarefas nele.',
    'job-max-wall-clock-time-expired': 'O trabalho {job} excedeu o tempo máximo de execução ({limit}) e foi encerrado.',
    'job-terminated-by-task-failure': 'O trabalho {job} foi encerrado porque uma tarefa falhou com uma condição de saída que encerra o trabalho.',
    'job-scheduling-error': 'Não foi possível agendar o trabalho {job}.',
    'job-preparation-task-failed':
      'A tarefa de preparação de trabalho do trabalho {job} falhou no nó {node}: as tarefas do trabalho não são executadas nesse nó, e o trabalho não é concluído.',
    'job-release-task-failed':
      'A tarefa de liberação de trabalho do trabalho {job} falhou no nó {node}; mesmo assim, o trabalho passa para o estado concluído.',
    'pool-resize-quota-reached': 'O pool {pool} não atingiu o tamanho de destino: a conta do Batch atingiu a {quota}.',
    'pool-resize-allocation-failed': 'O Batch não conseguiu alocar os nós solicitados pelo pool {pool}.',
    'pool-resize-timed-out': 'O pool {pool} não atingiu o tamanho de destino dentro do tempo limite de redimensionamento ({timeout}).',
    'pool-resize-stopped': 'O redimensionamento do pool {pool} foi interrompido antes que o pool atingisse o tamanho de destino.',
    'pool-remove-nodes-failed': 'Falha ao remover nós do pool {pool}.',
    'pool-resize-error': 'O redimensionamento do pool {pool} falhou com o erro {code}.',
    'pool-autoscale-failed': 'A última avaliação do dimensionamento automático do pool {pool} falhou.',
    'pool-deletion-slow': 'O pool {pool} está sendo excluído há {minutes} minutos (desde {since}), mais do que o esperado.',
    'node-start-task-failed': 'A tarefa inicial do nó {node} falhou.',
    'node-unusable': 'O nó {node} não pode ser usado: {cause}.',
    'node-unreachable': 'O nó {node} não pode ser usado e não relata nenhum erro: o Batch não consegue se comunicar com a VM.',
  },
  variants: {
    startTaskExitCode: 'A tarefa inicial do nó {node} foi encerrada com o código de saída {exitCode} e, portanto, falhou.',
  },
  quotas: {
    dedicated: 'cota de núcleos para nós dedicados',
    lowPriority: 'cota de núcleos para nós de baixa prioridade',
    spot: 'cota de núcleos para nós spot',
  },
  nodeErrorCauses: {
    'application-package': 'um pacote de aplicativos não foi baixado ou descompactado',
    container: 'um contêiner não foi baixado',
    'disk-full': 'o disco temporário ou o disco do sistema operacional dele está cheio ou quase cheio',
    other: 'o serviço relata o erro {code}',
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
  impacts: {
    nodeRunsNoTasks: 'Nenhuma tarefa é agendada no nó, mas ele continua gerando cobranças.',
    startTaskWaits: 'A tarefa inicial aguarda o sucesso (waitForSuccess), portanto nenhuma tarefa é agendada no nó, mas ele continua gerando cobranças.',
    startTaskDoesNotWait: 'A tarefa inicial não aguarda o sucesso (waitForSuccess é false), portanto as tarefas continuam sendo agendadas no nó.',
    startTaskMayWait: 'Se a tarefa inicial aguardar o sucesso (waitForSuccess), nenhuma tarefa será agendada no nó, mas ele continuará gerando cobranças.',
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
  advice: {
    raiseQuota:
      'Aumente a cota de núcleos da conta do Batch (cotas e limites do serviço Batch) para que o Batch possa alocar mais nós, ou reduza o tamanho de destino.',
    relayedProviderError:
      'O erro do provedor vem do provedor de recursos do Azure por trás do pool, como o conjunto de dimensionamento de máquinas virtuais: resolva o que ele indica e redimensione o pool novamente.',
    removeLock: 'Um bloqueio de recurso impede a gravação no conjunto de dimensionamento: remova o bloqueio e redimensione o pool novamente.',
    subnetAddresses: 'O pool está em uma rede virtual: a sub-rede dele precisa ter um endereço IP livre para cada nó solicitado.',
    networkQuotas:
      'Verifique se as cotas da assinatura cobrem os balanceadores de carga, os endereços IP públicos e os grupos de segurança de rede de que um pool em uma rede virtual precisa.',
    lengthenResizeTimeout:
      'Aumente o tempo limite de redimensionamento: o padrão de 15 minutos costuma ser suficiente, mas alocar mais de 1.000 nós de uma imagem do Azure Marketplace, ou mais de 300 de uma imagem de VM personalizada, pode levar 30 minutos.',
    customImages:
      'Pools grandes que usam imagens de VM personalizadas demoram mais para ser alocados: consulte "Criar um pool com a Galeria de Computação do Azure" para ver limites e configuração.',
    resizeAgain: 'Redimensione o pool novamente se ele ainda precisar dos nós.',
    removeNodesAgain:
      'Remova os nós novamente; bloqueios de recurso nos recursos criados pelo Batch, ou nos recursos de rede que ele usa, podem impedir a remoção.',
    resizeCauses:
      'Leia a mensagem do serviço: erros de redimensionamento costumam vir de um tempo limite curto demais, de uma cota de núcleos insuficiente ou, em uma rede virtual, de poucos endereços IP livres na sub-rede ou de cotas insuficientes da assinatura.',
    evaluateAutoScale:
      'Verifique a fórmula de dimensionamento automático com Evaluate Pool Auto Scale: ela informa o horário da avaliação, os valores e o resultado e quaisquer erros.',
    autoScaleEvents: 'O evento "pool resize complete" registra informações sobre todas as avaliações.',
    deletionRetries:
      'O Batch tenta excluir o pool periodicamente até conseguir; uma interrupção de um serviço do Azure ou outro problema temporário pode atrasar a exclusão.',
    deletionLocks: 'Remova os bloqueios de recurso dos recursos criados pelo Batch ou dos recursos de rede que ele usa.',
    deletionDependents:
      'Recursos seus que dependem de um recurso criado pelo Batch impedem a exclusão do pool: em um pool em uma rede virtual, o grupo de segurança de rede, o endereço IP público e o balanceador de carga dele.',
    deletionProvider: 'Verifique se o provedor de recursos Microsoft.Batch está registrado na assinatura que contém o pool.',
    deletionRole:
      'Para uma conta do Batch no modo de assinatura de usuário, verifique se o Microsoft Azure Batch ainda tem a função Contributor ou Owner nessa assinatura.',
    startTaskReentrant:
      'As tarefas iniciais devem ser reentrantes: a tarefa inicial é executada novamente quando o nó é reinicializado ou tem a imagem recriada.',
    rebootNode: 'Depois de corrigir a tarefa inicial, reinicialize o nó para executá-la novamente.',
    replaceNode: 'Para substituir o nó, remova-o do pool (Pool - Remove Nodes) e aumente o pool novamente.',
    noAutomaticRecovery: 'O Batch não recupera por conta própria um nó que não conseguiu instalar pacotes de aplicativos ou contêineres.',
    checkApplicationPackages: 'Verifique os pacotes de aplicativos aos quais o pool faz referência.',
    checkContainers: 'Verifique as imagens de contêiner às quais o pool faz referência.',
    freeDiskSpace:
      'Recupere os dados de que precisa do nó e libere espaço: exclua trabalhos ou tarefas antigos concluídos cujos arquivos ainda estão no nó (os recentTasks dele, ou File - List From Compute Node) e reinicialize o nó; ele deve passar de unusable para idle.',
    preventDiskFull: 'Reduza o tempo de retenção dos arquivos das tarefas ou escolha um tamanho de VM cuja unidade temporária comporte a carga de trabalho.',
    unreachableRecovery: 'O Batch continua tentando recuperar a VM.',
    unreachableCauses:
      'Causas possíveis: uma imagem de VM personalizada inválida, uma VM movida após uma falha de infraestrutura ou uma atualização de baixo nível, hardware que não dá suporte à imagem ou, em uma rede virtual, portas importantes bloqueadas, tráfego de saída para o Azure Storage bloqueado ou um servidor DNS personalizado que não consegue resolver o Azure Storage.',
    serviceMessage: 'A mensagem e os detalhes do serviço informam o que aconteceu.',
    uploadAgentLogs:
      'Antes de excluir o nó, carregue os arquivos de log do agente do Batch (Compute Node - Upload Batch Service Logs) caso entre em contato com o suporte.',
  },
  labels: {
    task: 'Tarefa',
    job: 'Trabalho',
    pool: 'Pool',
    node: 'Nó',
    noFindings: 'Nenhuma falha encontrada.',
    code: 'Código de erro',
    details: 'Detalhes',
    providerError: 'Erro do provedor',
    truncated: 'truncado',
    effects: 'Efeitos',
    lookNext: 'Onde verificar',
    docs: 'Documentação',
  },
};

export const ptBrSummaryTexts: SummaryTexts = {
  items: { task: 'Tarefas', job: 'Trabalhos', pool: 'Pools', node: 'Nós', 'preparation-and-release-status': 'Status das tarefas de preparação e liberação' },
  counts: '{read} lidos, {failed} com falha ({share})',
  exitCode: 'código de saída {exitCode}',
  otherCodes: 'outros códigos',
  timeRange: 'De {from} a {to}',
  onNodes: 'Nos nós',
  examples: 'Primeiros',
  andMore: 'e mais {count}',
  effectsVary: 'Os efeitos variam dentro deste grupo (as condições de saída são diferentes); são mostrados os do primeiro.',
  noItems: 'A entrada não contém tarefas, trabalhos, pools nem nós.',
  partial: 'Parcial: a entrada não pôde ser lida até o fim, então só o que foi lido é contado.',
  skipped: '{count} valores que não são uma tarefa, um trabalho, um pool, um nó nem um status do Batch foram ignorados (o primeiro: {first}).',
};
