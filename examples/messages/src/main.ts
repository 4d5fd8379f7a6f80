// Messages for people: the documented message of a code in the reader's language,
// chosen from an Accept-Language header, and a whole error body as one sentence.
import { formatBatchError, getMessage, negotiateLocale, supportedLocales } from '@batch-errors/messages';

for (const locale of supportedLocales) {
  console.log(`${locale}: ${getMessage('PoolNotFound', { locale })}`);
}

const acceptLanguage = 'fr-CH, fr;q=0.9, en;q=0.8';
console.log(`${acceptLanguage} -> ${negotiateLocale(acceptLanguage)}`);

const body = { code: 'InvalidQueryParameterValue', values: [{ key: 'QueryParameterName', value: 'state' }] };
console.log(formatBatchError(body, { locale: acceptLanguage, includeCode: true }));
