-- The CardDemo card-account application's files (VSAM clusters on the mainframe) as tables, for the
-- parallel run of its nightly batch (see docs/carddemo.md). Every table is scoped by CD_RUN: each parallel
-- run imports its own copy of the input files, so runs stay side by side as evidence and a rerun of the
-- same inputs resumes the same run. Money that moves (the account's current balance) lives in the ledger
-- (ACCOUNT_BALANCE of CD_ACCOUNT.LEDGER_ACCOUNT_ID); the CardDemo-specific figures (cycle credit and
-- debit, category balances) live here. Text columns keep the file's values as they are (no trimming).

CREATE TABLE CD_RUN (
  RUN_ID          BIGINT       NOT NULL PRIMARY KEY,
  -- SHA-256 over the input files and the run's parameters: the same inputs resume the same run
  RUN_KEY         CHAR(64)     NOT NULL,
  INPUT_DIR       VARCHAR(500) NOT NULL,
  ENCODING        VARCHAR(8)   NOT NULL,
  RUN_TIMESTAMP   VARCHAR(26)  NOT NULL,
  INTCALC_PARM    VARCHAR(10)  NOT NULL,
  REPORT_FROM     DATE         NOT NULL,
  REPORT_TO       DATE         NOT NULL,
  IMPORTED        CHAR(1)      NOT NULL,
  CREATED_AT      TIMESTAMP    NOT NULL,
  CONSTRAINT CD_RUN_KEY_UK UNIQUE (RUN_KEY),
  CONSTRAINT CD_RUN_IMPORTED_CK CHECK (IMPORTED IN ('Y','N'))
);

CREATE TABLE CD_CUSTOMER (
  RUN_ID               BIGINT       NOT NULL,
  CUST_ID              BIGINT       NOT NULL,
  FIRST_NAME           VARCHAR(25)  NOT NULL,
  MIDDLE_NAME          VARCHAR(25)  NOT NULL,
  LAST_NAME            VARCHAR(25)  NOT NULL,
  ADDR_LINE_1          VARCHAR(50)  NOT NULL,
  ADDR_LINE_2          VARCHAR(50)  NOT NULL,
  ADDR_LINE_3          VARCHAR(50)  NOT NULL,
  ADDR_STATE_CD        VARCHAR(2)   NOT NULL,
  ADDR_COUNTRY_CD      VARCHAR(3)   NOT NULL,
  ADDR_ZIP             VARCHAR(10)  NOT NULL,
  PHONE_NUM_1          VARCHAR(15)  NOT NULL,
  PHONE_NUM_2          VARCHAR(15)  NOT NULL,
  SSN                  BIGINT       NOT NULL,
  GOVT_ISSUED_ID       VARCHAR(20)  NOT NULL,
  DOB                  VARCHAR(10)  NOT NULL,
  EFT_ACCOUNT_ID       VARCHAR(10)  NOT NULL,
  PRI_CARD_HOLDER_IND  VARCHAR(1)   NOT NULL,
  FICO_CREDIT_SCORE    INTEGER      NOT NULL,
  CONSTRAINT CD_CUSTOMER_PK PRIMARY KEY (RUN_ID, CUST_ID),
  CONSTRAINT CD_CUSTOMER_RUN_FK FOREIGN KEY (RUN_ID) REFERENCES CD_RUN (RUN_ID)
);

CREATE TABLE CD_ACCOUNT (
  RUN_ID             BIGINT         NOT NULL,
  ACCT_ID            BIGINT         NOT NULL,
  -- the ledger account that holds this account's current balance (ACCT-CURR-BAL = minus its
  -- credits-minus-debits balance: a card balance is what the cardholder owes)
  LEDGER_ACCOUNT_ID  BIGINT         NOT NULL,
  ACTIVE_STATUS      VARCHAR(1)     NOT NULL,
  CREDIT_LIMIT       DECIMAL(12,2)  NOT NULL,
  CASH_CREDIT_LIMIT  DECIMAL(12,2)  NOT NULL,
  OPEN_DATE          VARCHAR(10)    NOT NULL,
  EXPIRATION_DATE    VARCHAR(10)    NOT NULL,
  REISSUE_DATE       VARCHAR(10)    NOT NULL,
  CURR_CYC_CREDIT    DECIMAL(12,2)  NOT NULL,
  -- cycle debits hold negative amounts, as in the original
  CURR_CYC_DEBIT     DECIMAL(12,2)  NOT NULL,
  ADDR_ZIP           VARCHAR(10)    NOT NULL,
  GROUP_ID           VARCHAR(10)    NOT NULL,
  -- the record's FILLER as read: a rewrite of the record gives it back unchanged
  FILLER             VARCHAR(178)   NOT NULL,
  CONSTRAINT CD_ACCOUNT_PK PRIMARY KEY (RUN_ID, ACCT_ID),
  CONSTRAINT CD_ACCOUNT_RUN_FK FOREIGN KEY (RUN_ID) REFERENCES CD_RUN (RUN_ID),
  CONSTRAINT CD_ACCOUNT_LEDGER_FK FOREIGN KEY (LEDGER_ACCOUNT_ID) REFERENCES ACCOUNT (ACCOUNT_ID)
);

CREATE TABLE CD_CARD (
  RUN_ID           BIGINT       NOT NULL,
  CARD_NUM         VARCHAR(16)  NOT NULL,
  ACCT_ID          BIGINT       NOT NULL,
  CVV_CD           INTEGER      NOT NULL,
  EMBOSSED_NAME    VARCHAR(50)  NOT NULL,
  EXPIRATION_DATE  VARCHAR(10)  NOT NULL,
  ACTIVE_STATUS    VARCHAR(1)   NOT NULL,
  CONSTRAINT CD_CARD_PK PRIMARY KEY (RUN_ID, CARD_NUM),
  CONSTRAINT CD_CARD_RUN_FK FOREIGN KEY (RUN_ID) REFERENCES CD_RUN (RUN_ID)
);

-- no foreign keys to CD_CUSTOMER / CD_ACCOUNT: a cross-reference to a missing account is data the
-- original rejects with reason 101, so it must be loadable
CREATE TABLE CD_CARD_XREF (
  RUN_ID    BIGINT       NOT NULL,
  CARD_NUM  VARCHAR(16)  NOT NULL,
  CUST_ID   BIGINT       NOT NULL,
  ACCT_ID   BIGINT       NOT NULL,
  CONSTRAINT CD_CARD_XREF_PK PRIMARY KEY (RUN_ID, CARD_NUM),
  CONSTRAINT CD_CARD_XREF_RUN_FK FOREIGN KEY (RUN_ID) REFERENCES CD_RUN (RUN_ID)
);
CREATE INDEX CD_CARD_XREF_ACCT_IX ON CD_CARD_XREF (RUN_ID, ACCT_ID, CARD_NUM);

CREATE TABLE CD_TRAN_TYPE (
  RUN_ID       BIGINT       NOT NULL,
  TRAN_TYPE    VARCHAR(2)   NOT NULL,
  DESCRIPTION  VARCHAR(50)  NOT NULL,
  CONSTRAINT CD_TRAN_TYPE_PK PRIMARY KEY (RUN_ID, TRAN_TYPE)
);

CREATE TABLE CD_TRAN_CATEGORY (
  RUN_ID       BIGINT       NOT NULL,
  TRAN_TYPE    VARCHAR(2)   NOT NULL,
  TRAN_CAT_CD  INTEGER      NOT NULL,
  DESCRIPTION  VARCHAR(50)  NOT NULL,
  CONSTRAINT CD_TRAN_CATEGORY_PK PRIMARY KEY (RUN_ID, TRAN_TYPE, TRAN_CAT_CD)
);

-- interest rates by account group, transaction type and category; group DEFAULT is the fallback
CREATE TABLE CD_DISCLOSURE_GROUP (
  RUN_ID        BIGINT        NOT NULL,
  GROUP_ID      VARCHAR(10)   NOT NULL,
  TRAN_TYPE     VARCHAR(2)    NOT NULL,
  TRAN_CAT_CD   INTEGER       NOT NULL,
  -- annual percent: 15.00 is 15%
  INT_RATE_PCT  DECIMAL(6,2)  NOT NULL,
  CONSTRAINT CD_DISCLOSURE_GROUP_PK PRIMARY KEY (RUN_ID, GROUP_ID, TRAN_TYPE, TRAN_CAT_CD)
);

CREATE TABLE CD_TRAN_CAT_BALANCE (
  RUN_ID       BIGINT         NOT NULL,
  ACCT_ID      BIGINT         NOT NULL,
  TRAN_TYPE    VARCHAR(2)     NOT NULL,
  TRAN_CAT_CD  INTEGER        NOT NULL,
  BALANCE      DECIMAL(11,2)  NOT NULL,
  FILLER       VARCHAR(22)    NOT NULL,
  CONSTRAINT CD_TRAN_CAT_BALANCE_PK PRIMARY KEY (RUN_ID, ACCT_ID, TRAN_TYPE, TRAN_CAT_CD)
);

-- The transaction master (TRANSACT): transactions POSTTRAN posted (ORIGIN 'P') and, after the combine
-- step, the interest transactions INTCALC wrote (ORIGIN 'I'). JOURNAL_ID is the ledger journal that moved
-- the money (null for a zero amount, which moves nothing).
CREATE TABLE CD_TRANSACTION (
  RUN_ID          BIGINT         NOT NULL,
  TRAN_ID         VARCHAR(16)    NOT NULL,
  TRAN_TYPE       VARCHAR(2)     NOT NULL,
  TRAN_CAT_CD     INTEGER        NOT NULL,
  SOURCE          VARCHAR(10)    NOT NULL,
  DESCRIPTION     VARCHAR(100)   NOT NULL,
  AMOUNT          DECIMAL(11,2)  NOT NULL,
  MERCHANT_ID     BIGINT         NOT NULL,
  MERCHANT_NAME   VARCHAR(50)    NOT NULL,
  MERCHANT_CITY   VARCHAR(50)    NOT NULL,
  MERCHANT_ZIP    VARCHAR(10)    NOT NULL,
  CARD_NUM        VARCHAR(16)    NOT NULL,
  ORIG_TS         VARCHAR(26)    NOT NULL,
  PROC_TS         VARCHAR(26)    NOT NULL,
  ORIGIN          CHAR(1)        NOT NULL,
  JOURNAL_ID      BIGINT,
  CONSTRAINT CD_TRANSACTION_PK PRIMARY KEY (RUN_ID, TRAN_ID),
  CONSTRAINT CD_TRANSACTION_ORIGIN_CK CHECK (ORIGIN IN ('P','I'))
);
-- no index by card: CREASTMT and TRANREPT read it once, sorted; POSTTRAN's inserts are the hot path

-- SYSTRAN: the interest transactions INTCALC generated, before the combine step merges them into
-- CD_TRANSACTION
CREATE TABLE CD_SYSTEM_TRANSACTION (
  RUN_ID          BIGINT         NOT NULL,
  TRAN_ID         VARCHAR(16)    NOT NULL,
  TRAN_TYPE       VARCHAR(2)     NOT NULL,
  TRAN_CAT_CD     INTEGER        NOT NULL,
  SOURCE          VARCHAR(10)    NOT NULL,
  DESCRIPTION     VARCHAR(100)   NOT NULL,
  AMOUNT          DECIMAL(11,2)  NOT NULL,
  MERCHANT_ID     BIGINT         NOT NULL,
  MERCHANT_NAME   VARCHAR(50)    NOT NULL,
  MERCHANT_CITY   VARCHAR(50)    NOT NULL,
  MERCHANT_ZIP    VARCHAR(10)    NOT NULL,
  CARD_NUM        VARCHAR(16)    NOT NULL,
  ORIG_TS         VARCHAR(26)    NOT NULL,
  PROC_TS         VARCHAR(26)    NOT NULL,
  ACCT_ID         BIGINT         NOT NULL,
  JOURNAL_ID      BIGINT,
  CONSTRAINT CD_SYSTEM_TRANSACTION_PK PRIMARY KEY (RUN_ID, TRAN_ID)
);

-- DALYREJS: daily transactions POSTTRAN refused, in file order (RECORD_NO is the 1-based record number)
CREATE TABLE CD_DAILY_REJECT (
  RUN_ID          BIGINT         NOT NULL,
  RECORD_NO       BIGINT         NOT NULL,
  TRAN_ID         VARCHAR(16)    NOT NULL,
  TRAN_TYPE       VARCHAR(2)     NOT NULL,
  TRAN_CAT_CD     INTEGER        NOT NULL,
  SOURCE          VARCHAR(10)    NOT NULL,
  DESCRIPTION     VARCHAR(100)   NOT NULL,
  AMOUNT          DECIMAL(11,2)  NOT NULL,
  MERCHANT_ID     BIGINT         NOT NULL,
  MERCHANT_NAME   VARCHAR(50)    NOT NULL,
  MERCHANT_CITY   VARCHAR(50)    NOT NULL,
  MERCHANT_ZIP    VARCHAR(10)    NOT NULL,
  CARD_NUM        VARCHAR(16)    NOT NULL,
  ORIG_TS         VARCHAR(26)    NOT NULL,
  PROC_TS         VARCHAR(26)    NOT NULL,
  REASON_CODE     INTEGER        NOT NULL,
  REASON_TEXT     VARCHAR(76)    NOT NULL,
  CONSTRAINT CD_DAILY_REJECT_PK PRIMARY KEY (RUN_ID, RECORD_NO)
);

-- The accounts as a job left them (STAGE 'POSTTRAN' or 'INTCALC'), as the original's unloads after each
-- step: the run's ACCT.after-post and ACCT.after-intcalc outputs. The other fields come from CD_ACCOUNT,
-- which no job changes.
CREATE TABLE CD_ACCOUNT_SNAPSHOT (
  RUN_ID           BIGINT         NOT NULL,
  STAGE            VARCHAR(8)     NOT NULL,
  ACCT_ID          BIGINT         NOT NULL,
  CURR_BAL         DECIMAL(12,2)  NOT NULL,
  CURR_CYC_CREDIT  DECIMAL(12,2)  NOT NULL,
  CURR_CYC_DEBIT   DECIMAL(12,2)  NOT NULL,
  CONSTRAINT CD_ACCOUNT_SNAPSHOT_PK PRIMARY KEY (RUN_ID, STAGE, ACCT_ID)
);

-- ledger side of the conversion: opening balances are loaded against a conversion clearing account
INSERT INTO GL_ACCOUNT (GL_CODE, NAME, GL_TYPE, PARENT_GL_CODE) VALUES
  ('3900', 'Conversion clearing', 'EQUITY', '3000');
INSERT INTO PRODUCT (PRODUCT_CODE, NAME, PRODUCT_KIND, CURRENCY, GL_CODE, TRANSACTIONAL, FLOOR_ENFORCED, DEFAULT_LIMIT, INTEREST_RATE_PCT) VALUES
  -- CardDemo's own rules (POSTTRAN's over-limit and expiry checks) decide what posts: no ledger floor
  ('CARDDEMO', 'CardDemo credit card (parallel run)', 'CREDIT_CARD', 'USD', '1200', 'Y', 'N', 0.00, 0.000000);
INSERT INTO TXN_CODE (TXN_CODE, DESCRIPTION, DEBIT_GL_CODE, CREDIT_GL_CODE) VALUES
  ('CONVERSION', 'Opening balance from a converted system', '1200', '3900'),
  ('CARD-INT', 'Card interest charged', '1200', '4010');
