-- The online processor: cards (never a full PAN: a keyed hash and the last four), authorizations with the
-- answer each request id got, the replies of other online requests, and the stand-in decisions taken while
-- the database was away (posted when it is back).

CREATE TABLE CARD (
  CARD_ID        BIGINT       NOT NULL PRIMARY KEY,
  -- HMAC-SHA256 of the PAN under the bank's card key (corebank.online.card-key), hex
  TOKEN          CHAR(64)     NOT NULL,
  LAST4          CHAR(4)      NOT NULL,
  ACCOUNT_ID     BIGINT       NOT NULL,
  -- ACTIVE, BLOCKED (lost, stolen, fraud), CLOSED
  STATUS         VARCHAR(8)   NOT NULL,
  -- YYMM, the last month the card is valid
  EXPIRY         CHAR(4)      NOT NULL,
  HOME_COUNTRY   CHAR(3)      NOT NULL,
  CREATED_AT     TIMESTAMP    NOT NULL,
  CONSTRAINT CARD_TOKEN_UK UNIQUE (TOKEN),
  CONSTRAINT CARD_ACCOUNT_FK FOREIGN KEY (ACCOUNT_ID) REFERENCES ACCOUNT (ACCOUNT_ID),
  CONSTRAINT CARD_STATUS_CK CHECK (STATUS IN ('ACTIVE','BLOCKED','CLOSED'))
);
CREATE INDEX CARD_ACCOUNT_IX ON CARD (ACCOUNT_ID);

-- One row per authorization request id: the same id always gets this answer again.
CREATE TABLE CARD_AUTHORIZATION (
  REQUEST_ID      VARCHAR(36)    NOT NULL PRIMARY KEY,
  REQUEST_HASH    CHAR(64)       NOT NULL,
  CARD_ID         BIGINT,
  ACCOUNT_ID      BIGINT,
  AMOUNT          DECIMAL(18,2)  NOT NULL,
  CURRENCY        CHAR(3)        NOT NULL,
  MCC             CHAR(4)        NOT NULL,
  MERCHANT_ID     VARCHAR(15),
  MERCHANT_NAME   VARCHAR(40),
  COUNTRY         CHAR(3),
  RESPONSE_CODE   CHAR(2)        NOT NULL,
  REASON          CHAR(4)        NOT NULL,
  AUTH_CODE       CHAR(6),
  HOLD_ID         BIGINT,
  -- Y: decided by the stand-in rule while the database was unavailable
  STAND_IN        CHAR(1)        NOT NULL,
  -- PENDING, REVERSED (released), SETTLED (captured by a presentment), EXPIRED
  STATE           VARCHAR(8)     NOT NULL,
  AUTHORIZED_AT   TIMESTAMP      NOT NULL,
  CONSTRAINT CARD_AUTH_STATE_CK CHECK (STATE IN ('PENDING','REVERSED','SETTLED','EXPIRED','DECLINED'))
);
CREATE INDEX CARD_AUTH_CARD_IX ON CARD_AUTHORIZATION (CARD_ID, AUTHORIZED_AT);
CREATE INDEX CARD_AUTH_CODE_IX ON CARD_AUTHORIZATION (AUTH_CODE);

-- The reply each request id of the other online messages got (transfers, deposits, ...): a replay gets it again.
CREATE TABLE ONLINE_REPLY (
  REQUEST_ID      VARCHAR(36)    NOT NULL PRIMARY KEY,
  MESSAGE_TYPE    VARCHAR(8)     NOT NULL,
  REQUEST_HASH    CHAR(64)       NOT NULL,
  RESPONSE_CODE   CHAR(2)        NOT NULL,
  REASON          VARCHAR(4)     NOT NULL,
  JOURNAL_ID      BIGINT,
  DETAIL          VARCHAR(200),
  REPLIED_AT      TIMESTAMP      NOT NULL
);

CREATE SEQUENCE CARD_SEQ AS BIGINT START WITH 1000 INCREMENT BY 1000;
