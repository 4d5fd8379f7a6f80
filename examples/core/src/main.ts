// What a program does with an error the Batch service sent: read the body, check the code
// against the documented ones, and say where the docs describe it.
import { categoryOf, isBatchErrorCode, parseBatchErrorResponse, parseFailureInfo, sourcesOf } from '@batch-errors/core';

// An error body as the service sends it (the docs' own example), and one from a proxy.
const bodies = [
  '{"code":"InvalidQueryParameterValue","message":{"lang":"en-us","value":"Value for one of the query parameters specified in the request URI is invalid"},"values":[{"key":"QueryParameterName","value":"state"}]}',
  '<html><body>502 Bad Gateway</body></html>',
];

for (const body of bodies) {
  const error = parseBatchErrorResponse(body);
  if (error === undefined) {
    console.log('not a Batch error body');
    continue;
  }
  const documented = isBatchErrorCode(error.code);
  console.log(`${error.code}: ${documented ? 'documented' : 'not documented'}`);
  for (const source of sourcesOf(error.code)) console.log(`  ${source.table}: ${source.url}`);
}

// A task's failureInfo, whose category the service writes in lower case.
const failure = parseFailureInfo({ category: 'usererror', code: 'BlobNotFound', details: [{ name: 'FilePath', value: 'input/frame-0042.exr' }] });
if (failure?.code !== undefined) {
  console.log(`${failure.code}: ${failure.category}, documented as ${categoryOf(failure.code) ?? 'no category'}`);
}
