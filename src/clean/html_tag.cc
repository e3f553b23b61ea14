#include "dossier/clean/html_tag.h"

namespace dossier {

bool IsBlockTag(HtmlTag tag) {
  switch (tag) {
    case HtmlTag::kBody: case HtmlTag::kNav: case HtmlTag::kHeader:
    case HtmlTag::kFooter: case HtmlTag::kAside: case HtmlTag::kMain:
    case HtmlTag::kArticle: case HtmlTag::kSection: case HtmlTag::kDiv:
    case HtmlTag::kMenu: case HtmlTag::kDialog: case HtmlTag::kDetails:
    case HtmlTag::kSummary: case HtmlTag::kAddress: case HtmlTag::kP:
    case HtmlTag::kH1: case HtmlTag::kH2: case HtmlTag::kH3: case HtmlTag::kH4:
    case HtmlTag::kH5: case HtmlTag::kH6: case HtmlTag::kHgroup:
    case HtmlTag::kUl: case HtmlTag::kOl: case HtmlTag::kLi: case HtmlTag::kDl:
    case HtmlTag::kDt: case HtmlTag::kDd: case HtmlTag::kBlockquote:
    case HtmlTag::kPre: case HtmlTag::kHr: case HtmlTag::kTable:
    case HtmlTag::kThead: case HtmlTag::kTbody: case HtmlTag::kTfoot:
    case HtmlTag::kTr: case HtmlTag::kTd: case HtmlTag::kTh:
    case HtmlTag::kCaption: case HtmlTag::kFigure: case HtmlTag::kFigcaption:
    case HtmlTag::kForm: case HtmlTag::kFieldset:
      return true;
    default:
      return false;
  }
}

bool IsHeadingTag(HtmlTag tag) {
  return tag >= HtmlTag::kH1 && tag <= HtmlTag::kH6;
}

bool IsNonContentTag(HtmlTag tag) {
  switch (tag) {
    case HtmlTag::kHead: case HtmlTag::kTitle: case HtmlTag::kMeta:
    case HtmlTag::kLink: case HtmlTag::kBase: case HtmlTag::kScript:
    case HtmlTag::kStyle: case HtmlTag::kNoscript: case HtmlTag::kTemplate:
    case HtmlTag::kSvg: case HtmlTag::kMath: case HtmlTag::kIframe:
    case HtmlTag::kObject: case HtmlTag::kEmbed: case HtmlTag::kCanvas:
    case HtmlTag::kVideo: case HtmlTag::kAudio: case HtmlTag::kPicture:
    case HtmlTag::kSource: case HtmlTag::kImg: case HtmlTag::kInput:
    case HtmlTag::kButton: case HtmlTag::kSelect: case HtmlTag::kOption:
    case HtmlTag::kTextarea: case HtmlTag::kComment: case HtmlTag::kDialog:
      return true;
    default:
      return false;
  }
}

}  // namespace dossier
