package io.corebank;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring application: every capability's beans. It is started by the command line
 * ({@code io.corebank.cli.CorebankCli}) with the database the user chose, and by the tests.
 */
@SpringBootApplication
public class CorebankApplication {}
