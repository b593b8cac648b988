package io.corebank.mq;

import com.ibm.mq.jakarta.jms.MQConnectionFactory;
import com.ibm.msg.client.jakarta.wmq.WMQConstants;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jms.connection.UserCredentialsConnectionFactoryAdapter;

/**
 * IBM MQ instead of the embedded broker ({@code --spring.profiles.active=ibmmq}): a client connection to the
 * queue manager, channel, host and port of {@code corebank.mq.ibm.*}, with credentials when given. Built
 * explicitly (the IBM MQ starter is not used: it would switch the embedded broker off and stall shutdowns).
 * Not exercised against a real queue manager here (none on this machine); a test checks the factory's
 * settings and that a refused connection fails fast with a clear error.
 */
@Configuration(proxyBeanMethods = false)
@Profile("ibmmq")
@ConditionalOnProperty(name = "corebank.mq.enabled", havingValue = "true")
public class IbmMqConfiguration {

  @Bean
  public ConnectionFactory mqConnectionFactory(
      @Value("${corebank.mq.ibm.queue-manager:QM1}") String queueManager,
      @Value("${corebank.mq.ibm.channel:DEV.APP.SVRCONN}") String channel,
      @Value("${corebank.mq.ibm.host:localhost}") String host,
      @Value("${corebank.mq.ibm.port:1414}") int port,
      @Value("${corebank.mq.ibm.user:}") String user,
      @Value("${corebank.mq.ibm.password:}") String password) throws JMSException {
    MQConnectionFactory factory = new MQConnectionFactory();
    factory.setTransportType(WMQConstants.WMQ_CM_CLIENT);
    factory.setQueueManager(queueManager);
    factory.setChannel(channel);
    factory.setHostName(host);
    factory.setPort(port);
    if (user.isBlank()) return factory;
    UserCredentialsConnectionFactoryAdapter withCredentials = new UserCredentialsConnectionFactoryAdapter();
    withCredentials.setTargetConnectionFactory(factory);
    withCredentials.setUsername(user);
    withCredentials.setPassword(password);
    return withCredentials;
  }
}
