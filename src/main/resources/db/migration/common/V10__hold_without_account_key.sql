-- Holds lose their foreign key to ACCOUNT, for the reason entries never had one: each inserted hold took a
-- key-share lock on its account's row, a write to that row's page and the WAL for every Reg CC float hold
-- of an ACH file (measured: 100,000 holds, about 0.7 s of the file's 7.5 s). The ledger is the only writer
-- of holds; it places one only on an account whose balance row it holds locked in the same transaction,
-- and `ledger check` proves that every hold has its account.
ALTER TABLE ACCOUNT_HOLD DROP CONSTRAINT HOLD_ACCOUNT_FK;
