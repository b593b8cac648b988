-- The bank's chart of accounts, its products and transaction codes. Reference data, versioned with
-- the schema so every database starts with the same books.
INSERT INTO GL_ACCOUNT (GL_CODE, NAME, GL_TYPE, PARENT_GL_CODE) VALUES
  ('1000', 'Assets', 'ASSET', NULL),
  ('1010', 'Cash and vault', 'ASSET', '1000'),
  ('1020', 'Due from Federal Reserve', 'ASSET', '1000'),
  ('1100', 'ACH clearing', 'ASSET', '1000'),
  ('1110', 'Card network settlement', 'ASSET', '1000'),
  ('1200', 'Card receivables', 'ASSET', '1000'),
  ('1900', 'Suspense', 'ASSET', '1000'),
  ('2000', 'Liabilities', 'LIABILITY', NULL),
  ('2010', 'Demand deposits', 'LIABILITY', '2000'),
  ('2020', 'Savings deposits', 'LIABILITY', '2000'),
  ('2030', 'Time deposits', 'LIABILITY', '2000'),
  ('2100', 'Merchant settlement payable', 'LIABILITY', '2000'),
  ('3000', 'Equity', 'EQUITY', NULL),
  ('3010', 'Paid-in capital', 'EQUITY', '3000'),
  ('4000', 'Income', 'INCOME', NULL),
  ('4010', 'Interest income', 'INCOME', '4000'),
  ('4020', 'Fee income', 'INCOME', '4000'),
  ('4030', 'Interchange income', 'INCOME', '4000'),
  ('5000', 'Expenses', 'EXPENSE', NULL),
  ('5010', 'Interest expense', 'EXPENSE', '5000');

INSERT INTO PRODUCT (PRODUCT_CODE, NAME, PRODUCT_KIND, CURRENCY, GL_CODE, TRANSACTIONAL, FLOOR_ENFORCED, DEFAULT_LIMIT, INTEREST_RATE_PCT) VALUES
  ('CHK-STD', 'Everyday checking', 'CHECKING', 'USD', '2010', 'Y', 'Y', 0.00, 0.010000),
  ('CHK-PLUS', 'Checking with overdraft line', 'CHECKING', 'USD', '2010', 'Y', 'Y', 500.00, 0.010000),
  ('SAV-STD', 'Savings', 'SAVINGS', 'USD', '2020', 'Y', 'Y', 0.00, 3.250000),
  ('CD-12M', '12-month certificate of deposit', 'CERTIFICATE', 'USD', '2030', 'N', 'Y', 0.00, 4.100000),
  ('CARD-STD', 'Credit card', 'CREDIT_CARD', 'USD', '1200', 'Y', 'Y', 5000.00, 21.990000),
  ('INTERNAL', 'Bank internal account', 'INTERNAL', 'USD', '1900', 'Y', 'N', 0.00, 0.000000);

INSERT INTO TXN_CODE (TXN_CODE, DESCRIPTION, DEBIT_GL_CODE, CREDIT_GL_CODE) VALUES
  ('OPEN-DEP', 'Opening deposit', '1010', '2010'),
  ('CASH-DEP', 'Cash deposit', '1010', '2010'),
  ('CASH-WDL', 'Cash withdrawal', '2010', '1010'),
  ('XFER', 'Transfer between accounts', '2010', '2010'),
  ('CARD-PURCH', 'Card purchase', '1200', '2100'),
  ('CARD-PMT', 'Card payment', '2010', '1200'),
  ('ACH-CR', 'ACH credit received', '1100', '2010'),
  ('ACH-DR', 'ACH debit received', '2010', '1100'),
  ('INT-ACCR', 'Interest', '5010', '2020'),
  ('FEE', 'Fee', '2010', '4020'),
  ('CAPITAL', 'Capital injection', '1020', '3010');

INSERT INTO BUSINESS_DAY (BUSINESS_DAY_ID, BUSINESS_DATE, DAY_STATE, CHANGED_AT) VALUES (1, DATE '2026-01-02', 'OPEN', CURRENT_TIMESTAMP);
