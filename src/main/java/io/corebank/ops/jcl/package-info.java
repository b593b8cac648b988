/**
 * A small subset of z/OS JCL: JOB, EXEC PGM= with PARM and COND, DD with PATH, DSN, SYSOUT, DUMMY and
 * in-stream data, SET symbols, comments, continuation and the null statement; and the step sequencing
 * of the COND parameter ({@link io.corebank.ops.jcl.JclExecutor}). Pure Java: no Spring, no database;
 * what a program name means is the business of whoever runs the stream.
 */
package io.corebank.ops.jcl;
