// Reads a whole input as one document (.txt, .html and their gzip).
#ifndef DOSSIER_INGEST_WHOLE_FILE_READER_H_
#define DOSSIER_INGEST_WHOLE_FILE_READER_H_

#include "buffered_reader.h"
#include "dossier/core/article.h"
#include "dossier/core/status.h"
#include "read_context.h"

namespace dossier::ingest {

// Delivers the rest of `in` as one document of `format`. Text must be UTF-8
// (a leading BOM is dropped); HTML is passed on as bytes, BOM included,
// because its charset is the HTML cleaner's to decide. An over-size or
// invalid document goes to ctx.on_error; the returned Status is non-ok only
// when the input itself fails (I/O error, corrupt gzip).
Status ReadWholeDocument(BufferedReader& in, const ReadContext& ctx, BodyFormat format);

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_WHOLE_FILE_READER_H_
