/**
 * What {@code ./corebank serve} runs, active only in the {@code serve} profile
 * ({@code application-serve.yml} enables the Spring Integration and Quartz auto-configurations):
 * <ul>
 *   <li>{@link io.corebank.serve.AchDirectoryFlows}: the ACH drop directories, watched with Spring Integration</li>
 *   <li>{@link io.corebank.serve.ServeScheduling}: the Quartz triggers of {@code schedules/quartz-jobs.csv}
 *       (the Fed windows, the archive purge)</li>
 *   <li>the MQ message processor: not yet. It belongs here as {@code io.corebank.serve.mq}, and enables the
 *       broker by removing Artemis and JMS from the exclusions in {@code application-serve.yml}.</li>
 * </ul>
 */
package io.corebank.serve;
