package io.quorate.nonet;

import io.quorate.cli.Main;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * Runs quorate command lines (one per argument, words separated by spaces) in this JVM under
 * {@link NoNetworkSecurityManager}, prints each exit code, then the network operations attempted
 * (there must be none), then proves the guard works by trying one loopback connection itself.
 */
public final class NoNetworkMain {
  private NoNetworkMain() {}

  @SuppressWarnings("removal")
  public static void main(String[] commands) {
    System.setSecurityManager(new NoNetworkSecurityManager());
    for (String command : commands) {
      int code = Main.run(command.split(" "));
      System.out.println("exit " + code + " " + command);
    }
    System.out.println("network-attempts " + NoNetworkSecurityManager.ATTEMPTS.size() + " "
        + NoNetworkSecurityManager.ATTEMPTS);
    boolean blocked;
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", 9), 200); // refused by the manager before any packet
      blocked = false;
    } catch (SecurityException e) {
      blocked = true;
    } catch (java.io.IOException e) {
      blocked = false;
    }
    System.out.println("guard-works " + blocked);
    System.exit(0);
  }
}
