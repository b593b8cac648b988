package io.corebank;
import org.springframework.boot.autoconfigure.SpringBootApplication;
@SpringBootApplication
public class CorebankApplication {
  public static void main(String[] args) { org.springframework.boot.SpringApplication.run(CorebankApplication.class, args); }
}
