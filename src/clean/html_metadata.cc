#include "dossier/clean/html_metadata.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

#include "dossier/clean/boilerplate_lexicon.h"
#include "dossier/core/spaces.h"

namespace dossier {
namespace {

// Candidates in order of trust; the first non-empty one wins.
struct Candidates {
  std::string title_og, title_ld, title_tag, title_h1;
  std::string outlet_og, outlet_ld, outlet_app;
  std::string url_og, url_canonical;
  std::string published_meta, published_ld, published_time;
  std::string author_meta, author_ld, author_link, author_byline;
};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

void SetIfEmpty(std::string& field, std::string_view value) {
  if (field.empty() && !value.empty()) field = CollapseSpaces(value);
}

std::string JsonName(const nlohmann::json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_object() && v.contains("name") && v["name"].is_string()) {
    return v["name"].get<std::string>();
  }
  if (v.is_array()) {
    std::string names;
    for (const auto& item : v) {
      std::string n = JsonName(item);
      if (!n.empty()) names += (names.empty() ? "" : ", ") + n;
    }
    return names;
  }
  return {};
}

bool IsArticleType(const nlohmann::json& type) {
  auto check = [](const std::string& t) {
    return t.find("Article") != std::string::npos || t == "BlogPosting" ||
           t == "Report" || t == "WebPage";
  };
  if (type.is_string()) return check(type.get<std::string>());
  if (type.is_array()) {
    for (const auto& t : type) {
      if (t.is_string() && check(t.get<std::string>())) return true;
    }
  }
  return false;
}

void ReadJsonLdObject(const nlohmann::json& obj, Candidates& c) {
  if (!obj.is_object()) return;
  if (obj.contains("@graph") && obj["@graph"].is_array()) {
    for (const auto& item : obj["@graph"]) ReadJsonLdObject(item, c);
  }
  if (!obj.contains("@type") || !IsArticleType(obj["@type"])) return;
  auto str = [&](const char* key) {
    return obj.contains(key) && obj[key].is_string() ? obj[key].get<std::string>() : std::string();
  };
  SetIfEmpty(c.title_ld, str("headline"));
  SetIfEmpty(c.published_ld, str("datePublished"));
  if (obj.contains("author")) SetIfEmpty(c.author_ld, JsonName(obj["author"]));
  if (obj.contains("publisher")) SetIfEmpty(c.outlet_ld, JsonName(obj["publisher"]));
}

void ReadJsonLd(std::string_view text, Candidates& c) {
  try {
    auto json = nlohmann::json::parse(text);
    if (json.is_array()) {
      for (const auto& item : json) ReadJsonLdObject(item, c);
    } else {
      ReadJsonLdObject(json, c);
    }
  } catch (const std::exception&) {
    // Malformed JSON-LD is common; the other sources still apply.
  }
}

void ReadMeta(const HtmlDocument& doc, uint32_t i, Candidates& c) {
  std::string key = Lower(doc.Attribute(i, "property"));
  if (key.empty()) key = Lower(doc.Attribute(i, "name"));
  if (key.empty()) key = Lower(doc.Attribute(i, "itemprop"));
  std::string_view content = doc.Attribute(i, "content");
  if (key.empty() || content.empty()) return;
  if (key == "og:title" || key == "twitter:title") SetIfEmpty(c.title_og, content);
  else if (key == "og:site_name") SetIfEmpty(c.outlet_og, content);
  else if (key == "application-name") SetIfEmpty(c.outlet_app, content);
  else if (key == "og:url") SetIfEmpty(c.url_og, content);
  else if (key == "article:published_time" || key == "datepublished" ||
           key == "pubdate" || key == "publishdate" || key == "date" ||
           key == "dc.date" || key == "dc.date.issued" || key == "dcterms.created" ||
           key == "sailthru.date" || key == "parsely-pub-date" || key == "og:published_time")
    SetIfEmpty(c.published_meta, content);
  else if (key == "author" || key == "article:author" || key == "dc.creator" ||
           key == "byl" || key == "sailthru.author" || key == "parsely-author")
    SetIfEmpty(c.author_meta, content);
}

// An element marked as the byline: class or itemprop "author"/"byline".
bool IsBylineElement(const HtmlDocument& doc, uint32_t i) {
  if (Lower(doc.Attribute(i, "itemprop")) == "author") return true;
  std::string cls = Lower(doc.Attribute(i, "class"));
  return cls.find("byline") != std::string::npos || cls == "author" ||
         cls.find("author-name") != std::string::npos;
}

std::string StripBy(const std::string& text) {
  for (const char* prefix : {"By ", "by ", "BY "}) {
    if (text.rfind(prefix, 0) == 0) return text.substr(3);
  }
  return text;
}

void ReadElement(const HtmlDocument& doc, uint32_t i, Candidates& c) {
  switch (doc.node(i).tag) {
    case HtmlTag::kMeta:
      ReadMeta(doc, i, c);
      break;
    case HtmlTag::kTitle:
      SetIfEmpty(c.title_tag, doc.InnerText(i));
      break;
    case HtmlTag::kH1:
      SetIfEmpty(c.title_h1, doc.InnerText(i));
      break;
    case HtmlTag::kLink:
      if (Lower(doc.Attribute(i, "rel")) == "canonical") SetIfEmpty(c.url_canonical, doc.Attribute(i, "href"));
      break;
    case HtmlTag::kTime:
      SetIfEmpty(c.published_time, doc.Attribute(i, "datetime"));
      break;
    case HtmlTag::kScript:
      if (Lower(doc.Attribute(i, "type")) == "application/ld+json") {
        for (uint32_t t = doc.node(i).first_child; t != kNoNode; t = doc.node(t).next_sibling) {
          if (doc.node(t).tag == HtmlTag::kText) ReadJsonLd(doc.Text(t), c);
        }
      }
      break;
    case HtmlTag::kA:
      if (Lower(doc.Attribute(i, "rel")) == "author") SetIfEmpty(c.author_link, doc.InnerText(i));
      break;
    default:
      if (c.author_byline.empty() && IsBylineElement(doc, i)) {
        std::string text = doc.InnerText(i);
        if (!text.empty() && CountWords(text) <= 8) c.author_byline = StripBy(text);
      }
      break;
  }
}

const std::string& First(std::initializer_list<const std::string*> options) {
  for (const std::string* s : options) {
    if (!s->empty()) return *s;
  }
  return **options.begin();
}

}  // namespace

ArticleMetadata ReadHtmlMetadata(const HtmlDocument& doc) {
  Candidates c;
  for (uint32_t i = 1; i < doc.size(); ++i) ReadElement(doc, i, c);
  ArticleMetadata meta;
  meta.title = First({&c.title_og, &c.title_ld, &c.title_h1, &c.title_tag});
  meta.outlet = First({&c.outlet_og, &c.outlet_ld, &c.outlet_app});
  meta.url = First({&c.url_og, &c.url_canonical});
  meta.published = First({&c.published_meta, &c.published_ld, &c.published_time});
  meta.author = First({&c.author_meta, &c.author_ld, &c.author_link, &c.author_byline});
  return meta;
}

}  // namespace dossier
