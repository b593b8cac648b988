//CARDDEMO JOB 'CARDDEMO NIGHTLY',CLASS=A,MSGCLASS=0
//*********************************************************************
//* CARDDEMO NIGHTLY: THE CARDDEMO BATCH AS ONE JOB STREAM
//*
//*   LOAD     IDCAMS    load the master files (ACCTFILE ... TRANCATG)
//*   POSTTRAN CBTRN02C  post the daily transactions
//*   INTCALC  CBACT04C  interest on the category balances
//*   COMBTRAN SORT      interest transactions into the master
//*   CREASTMT CBSTM03A  statements, text and HTML
//*   TRANREPT CBTRN03C  transaction report
//*   UNLOAD   CDUNLOAD  write the files the parallel run compares
//*   LEDGCHK  LEDGCHK   prove the ledger
//*
//* RUN:  ./corebank jcl run jcl-equivalents/CARDDEMO.jcl
//*           --set INPUT=dir --set OUTPUT=dir [--set ENCODING=ebcdic]
//*           [--db h2|embedded-postgres]
//* INPUT (the input files) and OUTPUT (where the outputs go) have no
//* default. The VSAM files of the original are tables of the
//* database: they need no DD. A DD with PATH= names a directory; the
//* file keeps its name in it (acctdata.txt, or AWS.M2.CARDDEMO.
//* ACCTDATA.PS in EBCDIC; DALYREJS.seq, STATEMNT.PS ...).
//*
//* COND=(4,LT): bypass the step when 4 < the RC of an earlier step,
//* that is when an earlier step ended with RC 8 or more. RC 4 (the
//* daily file had rejects, as the original) lets the nightly go on.
//* Run again after a failure: completed steps are skipped, the failed
//* one restarts where it stopped.
//*********************************************************************
//         SET ENCODING=ascii                 ascii, ebcdic or cp1047
//         SET RUNTS=2022-07-18-10.30.00.000000     POSTTRAN's clock
//         SET INTPARM=2022071800             interest id prefix
//         SET RPTFROM=2022-01-01             TRANREPT's date range
//         SET RPTTO=2022-12-31
//*
//*--------------------------------------------------------------------
//* LOAD THE MASTER FILES (IDCAMS REPRO INTO THE VSAM FILES)
//* PARM: THE ENCODING OF THE INPUT FILES
//*--------------------------------------------------------------------
//LOAD     EXEC PGM=IDCAMS,PARM='&ENCODING'
//SYSPRINT DD SYSOUT=*
//ACCTDATA DD PATH='&INPUT',PATHOPTS=ORDONLY
//CARDDATA DD PATH='&INPUT',PATHOPTS=ORDONLY
//CUSTDATA DD PATH='&INPUT',PATHOPTS=ORDONLY
//CARDXREF DD PATH='&INPUT',PATHOPTS=ORDONLY
//TCATBALF DD PATH='&INPUT',PATHOPTS=ORDONLY
//DISCGRP  DD PATH='&INPUT',PATHOPTS=ORDONLY
//TRANTYPE DD PATH='&INPUT',PATHOPTS=ORDONLY
//TRANCATG DD PATH='&INPUT',PATHOPTS=ORDONLY
//*--------------------------------------------------------------------
//* POST THE DAILY TRANSACTIONS
//* PARM: THE RUN TIMESTAMP (THE ORIGINAL READS THE CLOCK)
//*--------------------------------------------------------------------
//POSTTRAN EXEC PGM=CBTRN02C,PARM='&RUNTS',COND=(4,LT)
//SYSOUT   DD SYSOUT=*
//DALYTRAN DD PATH='&INPUT',PATHOPTS=ORDONLY
//*--------------------------------------------------------------------
//* INTEREST; PARM: THE PREFIX OF THE INTEREST TRANSACTION IDS
//*--------------------------------------------------------------------
//INTCALC  EXEC PGM=CBACT04C,PARM='&INTPARM',COND=(4,LT)
//SYSOUT   DD SYSOUT=*
//*--------------------------------------------------------------------
//* COMBINE THE INTEREST TRANSACTIONS WITH THE TRANSACTION MASTER
//*--------------------------------------------------------------------
//COMBTRAN EXEC PGM=SORT,COND=(4,LT)
//SYSOUT   DD SYSOUT=*
//*--------------------------------------------------------------------
//* STATEMENTS, TEXT AND HTML
//*--------------------------------------------------------------------
//CREASTMT EXEC PGM=CBSTM03A,COND=(4,LT)
//SYSOUT   DD SYSOUT=*
//STMTFILE DD PATH='&OUTPUT'                  STATEMNT.PS
//HTMLFILE DD PATH='&OUTPUT'                  STATEMNT.HTML
//*--------------------------------------------------------------------
//* TRANSACTION REPORT; PARM: THE DATE RANGE AS THE DATEPARM RECORD
//*--------------------------------------------------------------------
//TRANREPT EXEC PGM=CBTRN03C,PARM='&RPTFROM &RPTTO',COND=(4,LT)
//SYSOUT   DD SYSOUT=*
//TRANREPT DD PATH='&OUTPUT'                  TRANREPT.seq
//*--------------------------------------------------------------------
//* WRITE THE RECORD OUTPUTS: REJECTS, THE FILES AFTER POSTTRAN,
//* THE INTEREST TRANSACTIONS, THE ACCOUNTS AFTER INTCALC
//*--------------------------------------------------------------------
//UNLOAD   EXEC PGM=CDUNLOAD,COND=(4,LT)
//DALYREJS DD PATH='&OUTPUT'                  DALYREJS.seq
//TRANSACT DD PATH='&OUTPUT'                  TRANSACT.after-post.seq
//TCATBALF DD PATH='&OUTPUT'                  TCAT.after-post.seq
//ACCTPOST DD PATH='&OUTPUT'                  ACCT.after-post.seq
//SYSTRAN  DD PATH='&OUTPUT'                  SYSTRAN.seq
//ACCTINT  DD PATH='&OUTPUT'                  ACCT.after-intcalc.seq
//*--------------------------------------------------------------------
//* PROVE THE LEDGER: RUNS WHATEVER THE RETURN CODES, EVEN AFTER AN
//* ABEND (COND=EVEN); RC 8 WHEN IT FINDS A DIFFERENCE
//*--------------------------------------------------------------------
//LEDGCHK  EXEC PGM=LEDGCHK,COND=EVEN
//
