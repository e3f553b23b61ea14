// The document model that flows from ingest through clean to the store.
#ifndef DOSSIER_CORE_ARTICLE_H_
#define DOSSIER_CORE_ARTICLE_H_

#include <cstdint>
#include <string>
#include <vector>

namespace dossier {

// How a document's body is encoded.
enum class BodyFormat { kText, kHtml };

// Metadata of an article; empty strings mean "unknown".
struct ArticleMetadata {
  std::string title;
  std::string outlet;
  std::string url;
  std::string published;  // ISO 8601: "2024-06-13" or "2024-06-13T09:30:00Z"
  std::string author;
};

// One document as read from the input, before cleaning.
struct RawDocument {
  std::string path;      // the file it came from ("-" for stdin)
  std::string location;  // place inside a container file: "line 3", "record 2"
  std::string id;        // an id given by the input (JSONL "id"), else empty
  BodyFormat format = BodyFormat::kText;
  std::string body;      // UTF-8 text or HTML as read
  ArticleMetadata given;  // metadata given by the input itself

  // "path" or "path (line 3)", for messages.
  std::string Where() const {
    return location.empty() ? path : path + " (" + location + ")";
  }
};

enum class BlockKind { kHeading, kParagraph, kListItem, kQuote };

// A kept block of the cleaned text; [begin, end) are byte offsets into
// Article::text.
struct Block {
  BlockKind kind = BlockKind::kParagraph;
  uint32_t begin = 0;
  uint32_t end = 0;
};

// A cleaned article. `text` holds the kept blocks separated by blank lines;
// every later stage's span is a byte offset into it.
struct Article {
  std::string id;            // stable: derived from content_hash
  std::string path;          // RawDocument::Where()
  ArticleMetadata meta;
  std::string text;
  std::vector<Block> blocks;
  std::vector<std::string> removed;  // boilerplate removed, in document order
  std::vector<std::string> cites;    // original sources the article relies on
  std::string content_hash;          // hex hash of the normalised text
};

}  // namespace dossier

#endif  // DOSSIER_CORE_ARTICLE_H_
