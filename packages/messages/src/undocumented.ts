/**
 * The note `formatBatchError` adds for a code the official SDKs know and the
 * docs do not list, in each language the package speaks. The project's own
 * words, not the docs'.
 */

/** By locale; English for any other. */
export const undocumentedKnownNote: Readonly<Record<string, string>> = {
  'de-de': '(nicht dokumentiert; den offiziellen SDKs bekannt)',
  'en-us': '(undocumented; known to the official SDKs)',
  'es-es': '(no documentado; conocido por los SDK oficiales)',
  'fr-fr': '(non documenté ; connu des SDK officiels)',
  'ja-jp': '(ドキュメント未記載。公式 SDK では既知)',
  'pt-br': '(não documentado; conhecido pelos SDKs oficiais)',
  'zh-cn': '（未记录；官方 SDK 已知）',
};
