import type { DiagnoseTexts } from './texts.js';

export const jaJpTexts: DiagnoseTexts = {
  summaries: {
    taskExitCode: 'タスク {task} のコマンド ラインが終了コード {exitCode} で終了したため、タスクは失敗しました。',
    taskResourceFileDownloadFailed: 'タスク {task} のリソース ファイルをダウンロードできなかったため、コマンド ラインは実行されませんでした。',
    taskOutputFileUploadFailed: 'タスク {task} のコマンド ラインの実行後に、出力ファイルをアップロードできませんでした。',
    taskMaxWallClockTimeExceeded: 'タスク {task} は最大実行時間 ({limit}) を超えて実行されたため、停止されました。',
    taskPreProcessingError: 'タスク {task} を開始できませんでした。',
    taskEnded: 'タスク {task} は完了する前に要求によって終了されました。',
    jobMaxWallClockTimeExpired: 'ジョブ {job} は最大実行時間 ({limit}) を超えて実行されたため、終了されました。',
    jobTerminatedByTaskFailure: 'タスクが失敗し、その終了条件でジョブの終了が指定されていたため、ジョブ {job} は終了されました。',
    jobSchedulingError: 'ジョブ {job} をスケジュールできませんでした。',
    jobPreparationTaskFailed:
      'ジョブ {job} のジョブの準備タスクがノード {node} で失敗しました。このノードではジョブのタスクが実行されず、ジョブは完了しません。',
    jobReleaseTaskFailed: 'ジョブ {job} のジョブのリリース タスクがノード {node} で失敗しました。それでも、ジョブは完了状態に移行します。',
  },
  retrying:
    'タスクは再び {state} 状態です。このエラーは以前の試行のものであり (これまでの再試行回数: {retries})、以下は最後の試行も失敗した場合にのみ適用されます。',
  dependentTasks: {
    satisfy: 'このタスクに依存するタスクは、実行が許可されます。',
    block: 'このタスクに依存するタスクはブロックされ、待機し続けます。',
  },
  jobAction: {
    none: 'ジョブは変更されません。',
    disable: 'ジョブは無効になります。',
    terminate: 'ジョブは終了されます。',
    noaction: 'ジョブは変更されません。ジョブの onTaskFailure が noaction であるため、終了条件はジョブに作用しません。',
    disableIfPerformExitOptions:
      'ジョブの onTaskFailure が performExitOptionsJobAction の場合、ジョブは無効になります。それ以外の場合、ジョブは変更されません。',
    terminateIfPerformExitOptions:
      'ジョブの onTaskFailure が performExitOptionsJobAction の場合、ジョブは終了されます。それ以外の場合、ジョブは変更されません。',
  },
  logs: {
    stdout: 'stdout.txt: コマンド ラインが標準出力に書き込んだ内容です。コマンド ラインの実行後に存在します。',
    stderr: 'stderr.txt: コマンド ラインが標準エラーに書き込んだ内容です。コマンド ラインの実行後に存在します。',
    fileuploadout: 'fileuploadout.txt: 出力ファイルのアップロードのログです。アップロードが試行された場合に存在します。',
    fileuploaderr: 'fileuploaderr.txt: 出力ファイルのアップロードのエラーです。アップロードが試行された場合に存在します。',
    onNode: 'タスクのログは、ノードが存在する間はノード {node} 上にあります。Azure Storage に保存された出力ファイルは、ノードがなくなった後も残ります。',
    noOutputLogs:
      'コマンド ラインが実行されなかったため、stdout.txt と stderr.txt はありません。また、アップロードが試行されなかったため、fileuploadout.txt と fileuploaderr.txt もありません。',
  },
  labels: {
    task: 'タスク',
    job: 'ジョブ',
    noFindings: 'エラーは見つかりませんでした。',
    code: 'エラー コード',
    details: '詳細',
    effects: '影響',
    lookNext: '次の確認先',
    docs: 'ドキュメント',
  },
};
