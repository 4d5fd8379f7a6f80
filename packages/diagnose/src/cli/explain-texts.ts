/**
 * The labels of `batch-errors-diagnose explain`, per locale. Only the command
 * line shows them, so they live here, outside the library's sentences.
 */
import type { SupportedLocale } from '@batch-errors/messages';

/** Labels of an explained code. */
export interface ExplainTexts {
  /** Before the HTTP statuses. */
  statuses: string;
  /** Before the tables of "Batch Status and Error Codes" that list the code. */
  tables: string;
  /** The tables' headings. */
  tableNames: { common: string; batchService: string; jobScheduling: string; taskScheduling: string };
  /** Before the category. */
  category: string;
  /** Before whether a retry may succeed. */
  retryable: string;
  /** A retry may succeed. */
  yes: string;
  /** A retry does not help. */
  no: string;
  /** Before the finding kinds the diagnosis reports for the code. */
  findings: string;
  /** For a code the page does not list but the service sends: `{where}`. */
  notDocumented: string;
  /** Where the service sends such a code. */
  where: { failureInfo: string; resizeErrors: string };
  /** For a code only the SDKs name: `{sources}`. */
  sdkOnly: string;
  /** For a code only the SDKs name, spelled like a documented one: `{code}`. */
  spelledAlike: string;
  /** Before the docs link. */
  docs: string;
}

export const explainTexts: { readonly [Locale in SupportedLocale]: ExplainTexts } = {
  'en-us': {
    statuses: 'HTTP status',
    tables: 'Listed in',
    tableNames: {
      common: 'Common REST API error codes',
      batchService: 'Batch service error codes',
      jobScheduling: 'Job scheduling error codes',
      taskScheduling: 'Task scheduling error codes',
    },
    category: 'Category',
    retryable: 'Worth retrying',
    yes: 'yes',
    no: 'no',
    findings: 'Diagnosed as',
    notDocumented: '"Batch Status and Error Codes" does not list this code; the service sends it in {where}.',
    where: { failureInfo: "a task's failureInfo", resizeErrors: "a pool's resizeErrors" },
    sdkOnly: 'Only the Batch SDKs name this code ({sources}); "Batch Status and Error Codes" does not list it.',
    spelledAlike: 'The docs list a code spelled alike: {code}.',
    docs: 'Docs',
  },
  'de-de': {
    statuses: 'HTTP-Status',
    tables: 'Aufgeführt in',
    tableNames: {
      common: 'Allgemeine REST-API-Fehlercodes',
      batchService: 'Fehlercodes des Batch-Diensts',
      jobScheduling: 'Fehlercodes der Auftragsplanung',
      taskScheduling: 'Fehlercodes der Taskplanung',
    },
    category: 'Kategorie',
    retryable: 'Wiederholen lohnt sich',
    yes: 'ja',
    no: 'nein',
    findings: 'Diagnostiziert als',
    notDocumented: '„Batch Status and Error Codes“ führt diesen Code nicht auf; der Dienst sendet ihn in {where}.',
    where: { failureInfo: 'der failureInfo eines Tasks', resizeErrors: 'den resizeErrors eines Pools' },
    sdkOnly: 'Nur die Batch-SDKs nennen diesen Code ({sources}); „Batch Status and Error Codes“ führt ihn nicht auf.',
    spelledAlike: 'Die Dokumentation führt einen ähnlich geschriebenen Code auf: {code}.',
    docs: 'Dokumentation',
  },
  'es-es': {
    statuses: 'Estado HTTP',
    tables: 'Aparece en',
    tableNames: {
      common: 'Códigos de error comunes de la API REST',
      batchService: 'Códigos de error del servicio Batch',
      jobScheduling: 'Códigos de error de programación de trabajos',
      taskScheduling: 'Códigos de error de programación de tareas',
    },
    category: 'Categoría',
    retryable: 'Vale la pena reintentar',
    yes: 'sí',
    no: 'no',
    findings: 'Diagnosticado como',
    notDocumented: '"Batch Status and Error Codes" no incluye este código; el servicio lo envía en {where}.',
    where: { failureInfo: 'el failureInfo de una tarea', resizeErrors: 'los resizeErrors de un grupo' },
    sdkOnly: 'Solo los SDK de Batch nombran este código ({sources}); "Batch Status and Error Codes" no lo incluye.',
    spelledAlike: 'La documentación incluye un código escrito de forma parecida: {code}.',
    docs: 'Documentación',
  },
  'fr-fr': {
    statuses: 'Statut HTTP',
    tables: 'Figure dans',
    tableNames: {
      common: 'Codes d’erreur courants de l’API REST',
      batchService: 'Codes d’erreur du service Batch',
      jobScheduling: 'Codes d’erreur de planification des travaux',
      taskScheduling: 'Codes d’erreur de planification des tâches',
    },
    category: 'Catégorie',
    retryable: 'Vaut la peine de réessayer',
    yes: 'oui',
    no: 'non',
    findings: 'Diagnostiqué comme',
    notDocumented: '« Batch Status and Error Codes » ne répertorie pas ce code ; le service l’envoie dans {where}.',
    where: { failureInfo: 'le failureInfo d’une tâche', resizeErrors: 'les resizeErrors d’un pool' },
    sdkOnly: 'Seuls les SDK Batch nomment ce code ({sources}) ; « Batch Status and Error Codes » ne le répertorie pas.',
    spelledAlike: 'La documentation répertorie un code orthographié de façon proche : {code}.',
    docs: 'Documentation',
  },
  'ja-jp': {
    statuses: 'HTTP 状態',
    tables: '記載箇所',
    tableNames: {
      common: '共通 REST API エラー コード',
      batchService: 'Batch サービス エラー コード',
      jobScheduling: 'ジョブ スケジュール エラー コード',
      taskScheduling: 'タスク スケジュール エラー コード',
    },
    category: 'カテゴリ',
    retryable: '再試行する価値',
    yes: 'あり',
    no: 'なし',
    findings: '診断結果',
    notDocumented: '"Batch Status and Error Codes" にはこのコードの記載がありません。サービスは {where} で送信します。',
    where: { failureInfo: 'タスクの failureInfo', resizeErrors: 'プールの resizeErrors' },
    sdkOnly: 'このコードを示すのは Batch SDK だけです ({sources})。"Batch Status and Error Codes" には記載がありません。',
    spelledAlike: 'ドキュメントには似たつづりのコードがあります: {code}。',
    docs: 'ドキュメント',
  },
  'pt-br': {
    statuses: 'Status HTTP',
    tables: 'Listado em',
    tableNames: {
      common: 'Códigos de erro comuns da API REST',
      batchService: 'Códigos de erro do serviço Batch',
      jobScheduling: 'Códigos de erro de agendamento de trabalhos',
      taskScheduling: 'Códigos de erro de agendamento de tarefas',
    },
    category: 'Categoria',
    retryable: 'Vale a pena tentar de novo',
    yes: 'sim',
    no: 'não',
    findings: 'Diagnosticado como',
    notDocumented: '"Batch Status and Error Codes" não lista este código; o serviço o envia em {where}.',
    where: { failureInfo: 'o failureInfo de uma tarefa', resizeErrors: 'os resizeErrors de um pool' },
    sdkOnly: 'Só os SDKs do Batch citam este código ({sources}); "Batch Status and Error Codes" não o lista.',
    spelledAlike: 'A documentação lista um código escrito de forma parecida: {code}.',
    docs: 'Documentação',
  },
  'zh-cn': {
    statuses: 'HTTP 状态',
    tables: '列于',
    tableNames: {
      common: '常见 REST API 错误代码',
      batchService: 'Batch 服务错误代码',
      jobScheduling: '作业计划错误代码',
      taskScheduling: '任务计划错误代码',
    },
    category: '类别',
    retryable: '值得重试',
    yes: '是',
    no: '否',
    findings: '诊断为',
    notDocumented: '"Batch Status and Error Codes" 未列出此代码；服务在{where}中发送它。',
    where: { failureInfo: '任务的 failureInfo', resizeErrors: '池的 resizeErrors' },
    sdkOnly: '只有 Batch SDK 提到此代码 ({sources})；"Batch Status and Error Codes" 未列出它。',
    spelledAlike: '文档列出了一个拼写相近的代码：{code}。',
    docs: '文档',
  },
};
