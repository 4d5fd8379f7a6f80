import type { DiagnoseTexts } from './texts.js';

export const zhCnTexts: DiagnoseTexts = {
  summaries: {
    taskExitCode: '任务 {task} 的命令行以退出代码 {exitCode} 退出，因此任务失败。',
    taskResourceFileDownloadFailed: '无法下载任务 {task} 的某个资源文件，因此其命令行未运行。',
    taskOutputFileUploadFailed: '任务 {task} 的命令行运行后，无法上传其某个输出文件。',
    taskMaxWallClockTimeExceeded: '任务 {task} 的运行时间超过了其最大运行时间（{limit}），已被停止。',
    taskPreProcessingError: '无法启动任务 {task}。',
    taskEnded: '任务 {task} 在完成之前已按请求终止。',
    jobMaxWallClockTimeExpired: '作业 {job} 的运行时间超过了其最大运行时间（{limit}），已被终止。',
    jobTerminatedByTaskFailure: '作业 {job} 已终止，因为某个任务失败，且其退出条件会终止作业。',
    jobSchedulingError: '无法计划作业 {job}。',
    jobPreparationTaskFailed: '作业 {job} 的作业准备任务在节点 {node} 上失败：该作业的任务不会在该节点上运行，且作业不会完成。',
    jobReleaseTaskFailed: '作业 {job} 的作业释放任务在节点 {node} 上失败；作业仍会变为已完成状态。',
  },
  retrying: '任务再次处于 {state} 状态：此失败来自之前的尝试（目前已重试 {retries} 次），仅当其最后一次尝试也失败时，以下内容才适用。',
  dependentTasks: {
    satisfy: '依赖于此任务的任务将被允许运行。',
    block: '依赖于此任务的任务会被阻止，并继续等待。',
  },
  jobAction: {
    none: '作业保持不变。',
    disable: '作业将被禁用。',
    terminate: '作业将被终止。',
    noaction: '作业保持不变：其 onTaskFailure 为 noaction，因此退出条件不会对其起作用。',
    disableIfPerformExitOptions: '如果作业的 onTaskFailure 为 performExitOptionsJobAction，则作业将被禁用；否则作业保持不变。',
    terminateIfPerformExitOptions: '如果作业的 onTaskFailure 为 performExitOptionsJobAction，则作业将被终止；否则作业保持不变。',
  },
  logs: {
    stdout: 'stdout.txt：命令行写入标准输出的内容；命令行运行后即存在。',
    stderr: 'stderr.txt：命令行写入标准错误的内容；命令行运行后即存在。',
    fileuploadout: 'fileuploadout.txt：输出文件上传的日志；尝试过上传时存在。',
    fileuploaderr: 'fileuploaderr.txt：输出文件上传的错误；尝试过上传时存在。',
    onNode: '只要节点 {node} 存在，任务日志就位于该节点上；保存到 Azure Storage 的输出文件在节点删除后仍会保留。',
    noOutputLogs: '命令行未运行，因此没有 stdout.txt 或 stderr.txt；也未尝试上传，因此没有 fileuploadout.txt 或 fileuploaderr.txt。',
  },
  labels: {
    task: '任务',
    job: '作业',
    noFindings: '未发现失败。',
    code: '错误代码',
    details: '详细信息',
    effects: '影响',
    lookNext: '接下来查看',
    docs: '文档',
  },
};
