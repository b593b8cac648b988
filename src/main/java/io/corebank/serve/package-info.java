/**
 * What {@code ./corebank serve} runs, active only in the {@code serve} profile
 * ({@code application-serve.yml} enables the Spring Integration and Quartz auto-configurations):
 * <ul>
 *   <li>{@link io.corebank.serve.AchDirectoryFlows}: the ACH drop directories, watched with Spring Integration</li>
 *   <li>{@link io.corebank.serve.ServeScheduling}: the Quartz triggers of {@code schedules/quartz-jobs.csv}
 *       (the Fed windows, the archive purge)</li>
 *   <li>the MQ online processor ({@code io.corebank.mq}), switched on by {@code corebank.mq.enabled} in
 *       {@code application-serve.yml}: the embedded broker (or IBM MQ) and the request listeners</li>
 * </ul>
 */
package io.corebank.serve;
