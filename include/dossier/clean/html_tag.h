// The HTML elements the cleaner distinguishes; everything else is kOther.
#ifndef DOSSIER_CLEAN_HTML_TAG_H_
#define DOSSIER_CLEAN_HTML_TAG_H_

#include <cstdint>

namespace dossier {

enum class HtmlTag : uint8_t {
  kOther, kText, kComment, kDocument,
  kHtml, kHead, kBody, kTitle, kMeta, kLink, kBase,
  kScript, kStyle, kNoscript, kTemplate, kSvg, kMath, kIframe, kObject, kEmbed,
  kCanvas, kVideo, kAudio, kPicture, kSource, kImg,
  kForm, kInput, kButton, kSelect, kOption, kTextarea, kLabel, kFieldset,
  kNav, kHeader, kFooter, kAside, kMain, kArticle, kSection, kDiv, kMenu,
  kDialog, kDetails, kSummary, kAddress,
  kP, kH1, kH2, kH3, kH4, kH5, kH6, kHgroup,
  kUl, kOl, kLi, kDl, kDt, kDd, kBlockquote, kPre, kHr, kBr,
  kTable, kThead, kTbody, kTfoot, kTr, kTd, kTh, kCaption,
  kFigure, kFigcaption, kA, kSpan, kTime, kCode, kStrong, kEm, kB, kI, kU,
  kSmall, kSup, kSub, kMark, kQ, kCite, kAbbr,
};

// Elements that start a new block of text (a paragraph break).
bool IsBlockTag(HtmlTag tag);
// h1..h6.
bool IsHeadingTag(HtmlTag tag);
// Elements whose content is never article text (scripts, forms, media).
bool IsNonContentTag(HtmlTag tag);

}  // namespace dossier

#endif  // DOSSIER_CLEAN_HTML_TAG_H_
