import type { DiagnoseTexts, SummaryTexts } from './texts.js';

export const enUsTexts: DiagnoseTexts = {
  summaries: {
    'task-exit-code': 'The command line of task {task} exited with code {exitCode}, so the task failed.',
    'task-resource-file-download-failed': 'A resource file of task {task} could not be downloaded, so its command line did not run.',
    'task-output-file-upload-failed': 'An output file of task {task} could not be uploaded after its command line ran.',
    'task-max-wall-clock-time-exceeded': 'Task {task} ran longer than its maximum wall clock time ({limit}) and was stopped.',
    'task-pre-processing-error': 'Task {task} could not be started.',
    'task-ended': 'Task {task} was terminated on request before it completed.',
    'task-node-unusable': 'Task {task} has not run: its node {node} is in the {state} state, and Batch does not schedule tasks to it.',
    'job-max-wall-clock-time-expired': 'Job {job} ran longer than its maximum wall clock time ({limit}) and was terminated.',
    'job-terminated-by-task-failure': 'Job {job} was terminated because a task failed with an exit condition that terminates the job.',
    'job-scheduling-error': 'Job {job} could not be scheduled.',
    'job-preparation-task-failed':
      'The job preparation task of job {job} failed on node {node}: tasks of the job do not run on that node, and the job does not complete.',
    'job-release-task-failed': 'The job release task of job {job} failed on node {node}; the job still moves to the completed state.',
    'pool-resize-quota-reached': 'Pool {pool} did not reach its target size: the Batch account reached its {quota}.',
    'pool-resize-allocation-failed': 'Batch could not allocate the nodes that pool {pool} asked for.',
    'pool-resize-timed-out': 'Pool {pool} did not reach its target size within its resize timeout ({timeout}).',
    'pool-resize-stopped': 'The resize of pool {pool} was stopped before the pool reached its target size.',
    'pool-remove-nodes-failed': 'Removing nodes from pool {pool} failed.',
    'pool-resize-error': 'Resizing pool {pool} failed with error {code}.',
    'pool-autoscale-failed': 'The last automatic scaling evaluation of pool {pool} failed.',
    'pool-deletion-slow': 'Pool {pool} has been deleting for {minutes} minutes (since {since}), longer than expected.',
    'node-start-task-failed': 'The start task of node {node} failed.',
    'node-unusable': 'Node {node} is unusable: {cause}.',
    'node-unreachable': 'Node {node} is unusable and reports no error: Batch cannot communicate with the VM.',
  },
  variants: {
    startTaskExitCode: 'The start task of node {node} exited with code {exitCode}, so it failed.',
  },
  quotas: {
    dedicated: 'quota of cores for dedicated nodes',
    lowPriority: 'quota of cores for low-priority nodes',
    spot: 'quota of cores for Spot nodes',
  },
  nodeErrorCauses: {
    'application-package': 'an application package did not download or uncompress',
    container: 'a container did not download',
    'disk-full': 'its temporary or OS disk is full, or nearly full',
    other: 'the service reports error {code}',
  },
  retrying:
    'The task is {state} again: this failure is of an earlier attempt ({retries} retries so far), and the following applies only if its last attempt fails too.',
  dependentTasks: {
    satisfy: 'Tasks that depend on this task are allowed to run.',
    block: 'Tasks that depend on this task are blocked and keep waiting.',
  },
  jobAction: {
    none: 'The job is not changed.',
    disable: 'The job is disabled.',
    terminate: 'The job is terminated.',
    noaction: 'The job is not changed: its onTaskFailure is noaction, so exit conditions do not act on it.',
    disableIfPerformExitOptions: "If the job's onTaskFailure is performExitOptionsJobAction, the job is disabled; otherwise it is not changed.",
    terminateIfPerformExitOptions: "If the job's onTaskFailure is performExitOptionsJobAction, the job is terminated; otherwise it is not changed.",
  },
  impacts: {
    nodeRunsNoTasks: 'No tasks are scheduled to the node, but it still incurs charges.',
    startTaskWaits: 'The start task waits for success (waitForSuccess), so no tasks are scheduled to the node, but it still incurs charges.',
    startTaskDoesNotWait: 'The start task does not wait for success (waitForSuccess is false), so tasks are still scheduled to the node.',
    startTaskMayWait: 'If the start task waits for success (waitForSuccess), no tasks are scheduled to the node, but it still incurs charges.',
  },
  logs: {
    stdout: 'stdout.txt: what the command line wrote to standard output; it exists once the command line has run.',
    stderr: 'stderr.txt: what the command line wrote to standard error; it exists once the command line has run.',
    fileuploadout: 'fileuploadout.txt: the log of the output file upload; it exists when an upload was attempted.',
    fileuploaderr: 'fileuploaderr.txt: the errors of the output file upload; it exists when an upload was attempted.',
    onNode: 'The task logs are on node {node}, as long as the node exists; output files saved to Azure Storage outlive it.',
    noOutputLogs:
      'The command line did not run, so there is no stdout.txt or stderr.txt, and no upload was attempted, so there is no fileuploadout.txt or fileuploaderr.txt.',
  },
  advice: {
    raiseQuota: 'Increase the core quota of the Batch account (Batch service quotas and limits) so Batch can allocate more nodes, or lower the target size.',
    relayedProviderError:
      'The provider error comes from the Azure resource provider beneath the pool, such as the virtual machine scale set: resolve what it says, then resize the pool again.',
    removeLock: 'A resource lock keeps the scale set from being written to: remove the lock, then resize the pool again.',
    subnetAddresses: 'The pool is in a virtual network: its subnet must have a free IP address for every requested node.',
    networkQuotas:
      "Make sure the subscription's quotas cover the load balancers, public IP addresses and network security groups that a pool in a virtual network needs.",
    lengthenResizeTimeout:
      'Lengthen the resize timeout: the default of 15 minutes is usually enough, but allocating more than 1,000 nodes from an Azure Marketplace image, or more than 300 from a custom VM image, can take 30 minutes.',
    customImages:
      'Large pools that use custom VM images take longer to allocate: see "Create a pool with the Azure Compute Gallery" for limits and configuration.',
    resizeAgain: 'Resize the pool again if it still needs the nodes.',
    removeNodesAgain:
      'Remove the nodes again; resource locks on the resources Batch created, or on the network resources it uses, can keep them from being removed.',
    resizeCauses:
      "Read the service's message: resize errors commonly come from a resize timeout that is too short, an insufficient core quota or, in a virtual network, too few free IP addresses in the subnet or insufficient subscription quotas.",
    evaluateAutoScale:
      'Check the automatic scaling formula with Evaluate Pool Auto Scale: it reports the evaluation time, the values and result, and any errors.',
    autoScaleEvents: 'The pool resize complete event captures information about every evaluation.',
    deletionRetries: 'Batch retries the deletion periodically until the pool is deleted; an Azure service outage or another temporary issue can delay it.',
    deletionLocks: 'Remove resource locks on the resources Batch created, or on the network resources it uses.',
    deletionDependents:
      'Your resources that depend on a resource Batch created keep the pool from being deleted: for a pool in a virtual network, its network security group, public IP address and load balancer.',
    deletionProvider: 'Check that the Microsoft.Batch resource provider is registered in the subscription that holds the pool.',
    deletionRole:
      'For a Batch account in user subscription mode, check that Microsoft Azure Batch still has the Contributor or Owner role on that subscription.',
    startTaskReentrant: 'Start tasks must be re-entrant: the start task runs again when the node is rebooted or reimaged.',
    rebootNode: 'Once the start task is fixed, reboot the node to run it again.',
    replaceNode: 'To replace the node, remove it from the pool (Pool - Remove Nodes), then grow the pool again.',
    noAutomaticRecovery: 'Batch does not recover a node that failed to install application packages or containers by itself.',
    checkApplicationPackages: 'Check the application packages the pool refers to.',
    checkContainers: 'Check the container images the pool refers to.',
    freeDiskSpace:
      'Retrieve the data you need from the node, then free space: delete old completed jobs or tasks whose files are still on the node (its recentTasks, or File - List From Compute Node), then reboot the node; it should move from unusable back to idle.',
    preventDiskFull: 'Reduce the retention time of task files, or pick a VM size whose temporary drive fits the workload.',
    unreachableRecovery: 'Batch keeps trying to recover the VM.',
    unreachableCauses:
      'Possible causes: an invalid custom VM image, a VM moved after an infrastructure failure or a low-level upgrade, hardware that does not support the image or, in a virtual network, blocked key ports, blocked outbound traffic to Azure Storage, or a custom DNS server that cannot resolve Azure Storage.',
    serviceMessage: "The service's message and details say what happened.",
    uploadAgentLogs: "Before you delete the node, upload the Batch agent's log files (Compute Node - Upload Batch Service Logs) in case you contact support.",
  },
  labels: {
    task: 'Task',
    job: 'Job',
    pool: 'Pool',
    node: 'Node',
    noFindings: 'No failure found.',
    code: 'Error code',
    details: 'Details',
    providerError: 'Provider error',
    truncated: 'truncated',
    effects: 'Effects',
    lookNext: 'Look next',
    docs: 'Docs',
  },
};

export const enUsSummaryTexts: SummaryTexts = {
  items: { task: 'Tasks', job: 'Jobs', pool: 'Pools', node: 'Nodes', 'preparation-and-release-status': 'Preparation and release task statuses' },
  counts: '{read} read, {failed} with a failure ({share})',
  exitCode: 'exit code {exitCode}',
  otherCodes: 'other codes',
  timeRange: 'From {from} to {to}',
  onNodes: 'On nodes',
  examples: 'First',
  andMore: 'and {count} more',
  effectsVary: 'The effects differ between the items of this group (their exit conditions differ); those of the first are shown.',
  noItems: 'No tasks, jobs, pools or nodes in the input.',
  partial: 'Partial: the input could not be read to its end, so only what was read is counted.',
  skipped: '{count} values that are not a Batch task, job, pool, node or status were skipped (the first: {first}).',
};
