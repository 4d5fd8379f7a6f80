export { codesForStatus, reasonPhrase, statusesOf } from './statuses.js';
