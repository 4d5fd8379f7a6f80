import type { DiagnoseTexts, SummaryTexts } from './texts.js';

export const jaJpTexts: DiagnoseTexts = {
  summaries: {
    'task-exit-code': 'タスク {task} のコマンド ラインが終了コード {exitCode} で終了したため、タスクは失敗しました。',
    'task-resource-file-download-failed': 'タスク {task} のリソース ファイルをダウンロードできなかったため、コマンド ラインは実行されませんでした。',
    'task-output-file-upload-failed': 'タスク {task} のコマンド ラインの実行後に、出力ファイルをアップロードできませんでした。',
    'task-max-wall-clock-time-exceeded': 'タスク {task} は最大実行時間 ({limit}) を超えて実行されたため、停止されました。',
    'task-pre-processing-error': 'タスク {task} を開始できませんでした。',
    'task-ended': 'タスク {task} は完了する前に要求によって終了されました。',
    'task-node-unusable': 'タスク {task} は実行されていません。ノード {node} が {state} 状態であり、Batch はこのノードにタスクをスケジュールしません。',
    'job-max-wall-clock-time-expired': 'ジョブ {job} は最大実行時間 ({limit}) を超えて実行されたため、終了されました。',
    'job-terminated-by-task-failure': 'タスクが失敗し、その終了条件でジョブの終了が指定されていたため、ジョブ {job} は終了されました。',
    'job-scheduling-error': 'ジョブ {job} をスケジュールできませんでした。',
    'job-preparation-task-failed':
      'ジョブ {job} のジョブの準備タスクがノード {node} で失敗しました。このノードではジョブのタスクが実行されず、ジョブは完了しません。',
    'job-release-task-failed': 'ジョブ {job} のジョブのリリース タスクがノード {node} で失敗しました。それでも、ジョブは完了状態に移行します。',
    'pool-resize-quota-reached': 'プール {pool} はターゲット サイズに達しませんでした。Batch アカウントが{quota}に達しました。',
    'pool-resize-allocation-failed': 'Batch は、プール {pool} が要求したノードを割り当てられませんでした。',
    'pool-resize-timed-out': 'プール {pool} は、サイズ変更のタイムアウト ({timeout}) 内にターゲット サイズに達しませんでした。',
    'pool-resize-stopped': 'プール {pool} のサイズ変更は、プールがターゲット サイズに達する前に停止されました。',
    'pool-remove-nodes-failed': 'プール {pool} からのノードの削除に失敗しました。',
    'pool-resize-error': 'プール {pool} のサイズ変更がエラー {code} で失敗しました。',
    'pool-autoscale-failed': 'プール {pool} の最後の自動スケーリング評価が失敗しました。',
    'pool-deletion-slow': 'プール {pool} は {minutes} 分間 ({since} から) 削除中であり、想定より長くかかっています。',
    'node-start-task-failed': 'ノード {node} の開始タスクが失敗しました。',
    'node-unusable': 'ノード {node} は使用できません: {cause}。',
    'node-unreachable': 'ノード {node} は使用できず、エラーも報告していません。Batch は VM と通信できません。',
  },
  variants: {
    startTaskExitCode: 'ノード {node} の開始タスクが終了コード {exitCode} で終了したため、失敗しました。',
  },
  quotas: {
    dedicated: '専用ノードのコア クォータ',
    lowPriority: '低優先度ノードのコア クォータ',
    spot: 'スポット ノードのコア クォータ',
  },
  nodeErrorCauses: {
    'application-package': 'アプリケーション パッケージをダウンロードまたは展開できませんでした',
    container: 'コンテナーをダウンロードできませんでした',
    'disk-full': '一時ディスクまたは OS ディスクがいっぱい、またはいっぱいに近い状態です',
    other: 'サービスがエラー {code} を報告しています',
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
  impacts: {
    nodeRunsNoTasks: 'ノードにはタスクがスケジュールされませんが、料金は引き続き発生します。',
    startTaskWaits: '開始タスクは成功を待機する (waitForSuccess) ため、ノードにはタスクがスケジュールされませんが、料金は引き続き発生します。',
    startTaskDoesNotWait: '開始タスクは成功を待機しない (waitForSuccess が false) ため、ノードには引き続きタスクがスケジュールされます。',
    startTaskMayWait: '開始タスクが成功を待機する (waitForSuccess) 場合、ノードにはタスクがスケジュールされませんが、料金は引き続き発生します。',
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
  advice: {
    raiseQuota:
      'Batch がより多くのノードを割り当てられるように Batch アカウントのコア クォータを引き上げるか (Batch サービスのクォータと制限)、ターゲット サイズを下げてください。',
    relayedProviderError:
      'このプロバイダー エラーは、仮想マシン スケール セットなど、プールの基盤となる Azure リソース プロバイダーから返されたものです。その内容に対処してから、プールのサイズを再度変更してください。',
    removeLock: 'リソース ロックによってスケール セットへの書き込みが妨げられています。ロックを削除してから、プールのサイズを再度変更してください。',
    subnetAddresses: 'プールは仮想ネットワーク内にあります。そのサブネットには、要求されたすべてのノードに割り当てる空き IP アドレスが必要です。',
    networkQuotas:
      '仮想ネットワーク内のプールに必要なロード バランサー、パブリック IP アドレス、ネットワーク セキュリティ グループを、サブスクリプションのクォータでまかなえることを確認してください。',
    lengthenResizeTimeout:
      'サイズ変更のタイムアウトを延長してください。通常は既定の 15 分で十分ですが、Azure Marketplace イメージから 1,000 を超えるノード、またはカスタム VM イメージから 300 を超えるノードを割り当てる場合は 30 分かかることがあります。',
    customImages:
      'カスタム VM イメージを使う大規模なプールは割り当てに時間がかかります。制限と構成については「Azure Compute Gallery を使用してプールを作成する」を参照してください。',
    resizeAgain: 'プールにまだノードが必要な場合は、プールのサイズを再度変更してください。',
    removeNodesAgain:
      'ノードをもう一度削除してください。Batch が作成したリソースや Batch が使うネットワーク リソースに対するリソース ロックによって、削除が妨げられることがあります。',
    resizeCauses:
      'サービスのメッセージを確認してください。サイズ変更のエラーは、短すぎるタイムアウト、不足しているコア クォータ、または仮想ネットワークでは、サブネットの空き IP アドレスの不足やサブスクリプションのクォータ不足が原因であることがよくあります。',
    evaluateAutoScale: 'Evaluate Pool Auto Scale で自動スケーリングの式を確認してください。評価の時刻、値と結果、およびエラーが報告されます。',
    autoScaleEvents: 'プールのサイズ変更完了イベント (pool resize complete) には、すべての評価の情報が記録されます。',
    deletionRetries: 'Batch はプールが削除されるまで定期的に削除を再試行します。Azure サービスの障害やその他の一時的な問題によって遅れることがあります。',
    deletionLocks: 'Batch が作成したリソース、または Batch が使うネットワーク リソースのリソース ロックを削除してください。',
    deletionDependents:
      'Batch が作成したリソースに依存する独自のリソースがあると、プールを削除できません。仮想ネットワーク内のプールでは、そのネットワーク セキュリティ グループ、パブリック IP アドレス、ロード バランサーです。',
    deletionProvider: 'プールを含むサブスクリプションに Microsoft.Batch リソース プロバイダーが登録されていることを確認してください。',
    deletionRole:
      'ユーザー サブスクリプション モードの Batch アカウントでは、Microsoft Azure Batch がそのサブスクリプションに対する Contributor または Owner ロールを引き続き持っていることを確認してください。',
    startTaskReentrant: '開始タスクは再入可能である必要があります。ノードが再起動または再イメージ化されると、開始タスクは再び実行されます。',
    rebootNode: '開始タスクを修正したら、ノードを再起動して開始タスクを再実行してください。',
    replaceNode: 'ノードを置き換えるには、ノードをプールから削除し (Pool - Remove Nodes)、プールを再び拡大してください。',
    noAutomaticRecovery: 'アプリケーション パッケージまたはコンテナーをインストールできなかったノードを、Batch が自動的に復旧することはありません。',
    checkApplicationPackages: 'プールが参照しているアプリケーション パッケージを確認してください。',
    checkContainers: 'プールが参照しているコンテナー イメージを確認してください。',
    freeDiskSpace:
      'ノードから必要なデータを取得してから、領域を解放してください。ファイルがまだノード上にある完了済みの古いジョブまたはタスクを削除し (ノードの recentTasks、または File - List From Compute Node)、ノードを再起動してください。ノードは unusable から idle に戻るはずです。',
    preventDiskFull: 'タスク ファイルの保持期間を短くするか、一時ドライブがワークロードに足りる VM サイズを選んでください。',
    unreachableRecovery: 'Batch は VM の復旧を試み続けます。',
    unreachableCauses:
      '考えられる原因: 無効なカスタム VM イメージ、インフラストラクチャの障害や低レベルのアップグレードによる VM の移動、イメージをサポートしていないハードウェア、または仮想ネットワークでの主要ポートのブロック、Azure Storage への送信トラフィックのブロック、Azure Storage を解決できないカスタム DNS サーバー。',
    serviceMessage: 'サービスのメッセージと詳細に、何が起きたかが示されています。',
    uploadAgentLogs:
      'サポートに問い合わせる場合に備えて、ノードを削除する前に Batch エージェントのログ ファイルをアップロードしてください (Compute Node - Upload Batch Service Logs)。',
  },
  labels: {
    task: 'タスク',
    job: 'ジョブ',
    pool: 'プール',
    node: 'ノード',
    noFindings: 'エラーは見つかりませんでした。',
    code: 'エラー コード',
    details: '詳細',
    providerError: 'プロバイダー エラー',
    truncated: '切り詰め',
    effects: '影響',
    lookNext: '次の確認先',
    docs: 'ドキュメント',
  },
};

export const jaJpSummaryTexts: SummaryTexts = {
  items: { task: 'タスク', job: 'ジョブ', pool: 'プール', node: 'ノード', 'preparation-and-release-status': '準備タスクと解放タスクの状態' },
  counts: '{read} 件を読み取り、{failed} 件にエラー ({share})',
  exitCode: '終了コード {exitCode}',
  otherCodes: 'その他のコード',
  timeRange: '{from} から {to} まで',
  onNodes: 'ノード',
  examples: '最初の項目',
  andMore: 'ほか {count} 件',
  effectsVary: 'このグループ内で影響が異なります (終了条件が異なります)。最初の項目の影響を示しています。',
  noItems: '入力にタスク、ジョブ、プール、ノードがありません。',
  partial: '部分的: 入力を最後まで読み取れなかったため、読み取った分だけを数えています。',
  skipped: 'Batch のタスク、ジョブ、プール、ノード、状態のいずれでもない値 {count} 件をスキップしました (最初の値: {first})。',
};
