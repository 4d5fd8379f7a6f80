// Why did this task fail? Reads the JSON of `Task - Get` (as `az batch task show -o json`
// prints it) from a file and prints the diagnosis in English, then in German.
import { readFile } from 'node:fs/promises';
import { type BatchTask, diagnoseTask, formatDiagnosis } from '@batch-errors/diagnose';

const file = process.argv[2] ?? new URL('../task.json', import.meta.url);
const task = JSON.parse(await readFile(file, 'utf8')) as BatchTask;

const diagnosis = diagnoseTask(task, { job: { onTaskFailure: 'performExitOptionsJobAction' } });
console.log(formatDiagnosis(diagnosis));
console.log('---');
console.log(formatDiagnosis(diagnoseTask(task, { locale: 'de-DE', job: { onTaskFailure: 'performExitOptionsJobAction' } })));
