// Moving an épicerie from its SQLite file to a PostgreSQL server (`cabas-cli migrate`): every
// table copied row for row, ids kept, in one transaction of the server, so the server database
// holds the whole épicerie or nothing of it.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace cabas::storage {

class Store;

/// One table of the copy and how many rows it holds.
struct TableRows {
    std::string table;
    std::int64_t rows = 0;
};

/// The tables of the server database `target` that already hold rows, with their counts (the
/// bookkeeping the migrations write themselves, schema_version and journal_signing, does not
/// count). Empty: the target may receive a copy. StorageError when `target` is not a server
/// database.
std::vector<TableRows> server_tables_with_rows(Store& target);

/// Copies the SQLite Cabas database `source` into the empty server database `target`, both at
/// the same schema version, and returns the rows copied per table, in copy order.
///
/// Everything is read from one snapshot of the file (the tills may go on selling on it) and
/// written in ONE write transaction of the server: a failure anywhere (a value the server's
/// constraints refuse, the connection lost, the process killed) leaves the target as empty as
/// it was. Inside that transaction the target is checked empty again, under the épicerie's
/// write lock. Ids, the journal (records, hashes, signatures, archived segments, how far it
/// was unsigned), the access log, users with their PIN hashes, settings and every other table
/// are copied as stored; each id counter then restarts after the largest copied id.
///
/// Values are converted column by column from the server column's declared type: integers
/// from SQLite integers, booleans from 0/1, dates and text from text, bytea from blobs. A
/// value of another storage class (a file altered by hand), a column one side lacks, a table
/// of the server this copy does not know, or a type it does not handle is a StorageError
/// naming the table and column: nothing is guessed.
///
/// `before_commit` runs inside the transaction once every row is in, reading `target` through
/// its repositories (the caller checks the journal there); whatever it throws undoes the copy.
std::vector<TableRows> copy_sqlite_to_server(Store& source, Store& target,
                                             const std::function<void()>& before_commit = {});

} // namespace cabas::storage
