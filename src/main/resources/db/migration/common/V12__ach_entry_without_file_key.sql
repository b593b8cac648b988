-- ACH entry records lose their foreign key to ACH_FILE, for the reason holds (V10) and ledger entries never
-- had one: every entry record of a received file ran the key check, an after-trigger and a query taking a
-- key-share lock on the one ACH_FILE row that both partitions of the ingest were writing under (measured on
-- PostgreSQL 18: a COPY of the 100,000 entry records of one file took 1.3 to 2.1 s with the key, 0.55 to
-- 0.97 s without it). The ingest is the only writer of entry records; it writes them only under the file row
-- it registered, and committed, before the first entry, and file rows are never deleted (they are evidence).
-- `ach check` proves that every entry record has its file.
ALTER TABLE ACH_ENTRY DROP CONSTRAINT ACH_ENTRY_FILE_FK;
