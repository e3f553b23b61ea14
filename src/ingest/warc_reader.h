// Reads the HTML pages stored in a WARC file.
#ifndef DOSSIER_INGEST_WARC_READER_H_
#define DOSSIER_INGEST_WARC_READER_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "buffered_reader.h"
#include "dossier/core/status.h"
#include "read_context.h"
#include "warc_header.h"

namespace dossier::ingest {

// Walks the records of a WARC/1.0 or 1.1 stream (already decompressed) and
// delivers each "response" record whose HTTP response is a 2xx HTML page as
// a kHtml document: body without the HTTP head, chunking and gzip/deflate
// content encoding undone; given.url from WARC-Target-URI; location
// "record N", N counting all records from 1. Other records (warcinfo,
// request, metadata, revisit, non-HTML or non-2xx responses) are skipped.
//
// A broken record (bad header, missing Content-Length, broken HTTP body) goes
// to ctx.on_error as kCorruptInput with "record N" and the byte offset of
// the record in the WARC stream; reading resumes at the next "WARC/" line.
// A record whose Content-Length runs past the end of the input ends the
// file. The returned Status is non-ok only when the input itself fails.
class WarcReader {
 public:
  WarcReader(BufferedReader& in, const ReadContext& ctx) : in_(in), ctx_(ctx) {}

  Status ReadAll();

 private:
  enum class Next { kRecord, kResync, kStop };

  Status FindRecordStart(bool resync, bool* found);
  Status ReadRecord(Next* next);
  Status ReadResponse(const WarcHeader& header, uint64_t length, Next* next);
  void DeliverPage(const WarcHeader& header, std::string payload);
  void ReportRecord(StatusCode code, const std::string& message) const;
  void ReportPastEnd(uint64_t length, uint64_t available) const;
  void ReportAt(int64_t offset, const std::string& message,
                StatusCode code = StatusCode::kCorruptInput) const;

  BufferedReader& in_;
  const ReadContext& ctx_;
  int64_t record_ = 0;         // number of the current record, from 1
  int64_t record_offset_ = 0;  // where its "WARC/" line starts
};

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_WARC_READER_H_
