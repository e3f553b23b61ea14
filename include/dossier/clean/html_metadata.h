// Metadata a page states about itself: <title>, <meta> (name/property/
// itemprop, including Open Graph and Dublin Core), JSON-LD NewsArticle
// blocks, <link rel=canonical>, <time datetime> and rel/class "author".
#ifndef DOSSIER_CLEAN_HTML_METADATA_H_
#define DOSSIER_CLEAN_HTML_METADATA_H_

#include <string>
#include <string_view>

#include "dossier/clean/html_document.h"
#include "dossier/core/article.h"

namespace dossier {

// Fields stay empty when the page does not state them. Malformed JSON-LD is
// ignored (other sources still apply).
ArticleMetadata ReadHtmlMetadata(const HtmlDocument& doc);

}  // namespace dossier

#endif  // DOSSIER_CLEAN_HTML_METADATA_H_
