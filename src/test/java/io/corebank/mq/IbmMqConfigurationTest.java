package io.corebank.mq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.mq.jakarta.jms.MQConnectionFactory;
import com.ibm.msg.client.jakarta.wmq.WMQConstants;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.jms.connection.UserCredentialsConnectionFactoryAdapter;

/**
 * The IBM MQ side as far as this machine allows (no queue manager, no Docker): the factory the {@code ibmmq}
 * profile builds carries the configured queue manager, channel, host, port and client mode, credentials are
 * applied, and a queue manager that is not there fails with IBM MQ's own error naming the queue manager.
 */
class IbmMqConfigurationTest {

  @Test
  void theFactoryCarriesTheConfiguredConnection() throws JMSException {
    ConnectionFactory f = new IbmMqConfiguration().mqConnectionFactory("QMBANK", "CB.SVRCONN", "mq.example", 1415, "", "");
    MQConnectionFactory mq = (MQConnectionFactory) f;
    assertThat(mq.getQueueManager()).isEqualTo("QMBANK");
    assertThat(mq.getChannel()).isEqualTo("CB.SVRCONN");
    assertThat(mq.getHostName()).isEqualTo("mq.example");
    assertThat(mq.getPort()).isEqualTo(1415);
    assertThat(mq.getTransportType()).isEqualTo(WMQConstants.WMQ_CM_CLIENT);
    assertThat(new IbmMqConfiguration().mqConnectionFactory("QM1", "DEV.APP.SVRCONN", "localhost", 1414, "app", "secret"))
        .isInstanceOf(UserCredentialsConnectionFactoryAdapter.class);
  }

  @Test
  void aQueueManagerThatIsNotThereFailsNamingIt() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    ConnectionFactory f = new IbmMqConfiguration().mqConnectionFactory("QM1", "DEV.APP.SVRCONN", "127.0.0.1", port, "", "");
    assertThatThrownBy(f::createConnection).isInstanceOf(JMSException.class).hasMessageContaining("QM1");
  }
}
