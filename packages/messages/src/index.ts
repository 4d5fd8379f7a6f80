export type { MessageCatalog, MessageEntry, StatusMessage } from './catalog.js';
export { formatBatchError } from './format.js';
export type { FormatBatchErrorOptions } from './format.js';
export { enUsCatalog } from './generated/en-us.js';
export { getCategoryDescription, getMessage, messageIn } from './get-message.js';
export type { GetMessageOptions } from './get-message.js';
