package io.quorate.nonet;

import java.net.InetAddress;
import java.net.SocketPermission;
import java.security.Permission;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A security manager for tests that refuses, and records, every network operation (connect, DNS
 * look-up, listen, accept, multicast) and allows everything else. SecurityManager is deprecated
 * for removal but still works on Java 17 with {@code -Djava.security.manager=allow}.
 */
@SuppressWarnings("removal")
public final class NoNetworkSecurityManager extends SecurityManager {
  public static final List<String> ATTEMPTS = new CopyOnWriteArrayList<>();

  private static SecurityException refuse(String what) {
    ATTEMPTS.add(what);
    return new SecurityException("network access refused in this test: " + what);
  }

  @Override
  public void checkPermission(Permission perm) {
    if (perm instanceof SocketPermission) throw refuse(perm.getActions() + " " + perm.getName());
  }

  @Override
  public void checkPermission(Permission perm, Object context) {
    checkPermission(perm);
  }

  @Override
  public void checkConnect(String host, int port) {
    throw refuse("connect " + host + ":" + port);
  }

  @Override
  public void checkConnect(String host, int port, Object context) {
    throw refuse("connect " + host + ":" + port);
  }

  @Override
  public void checkListen(int port) {
    throw refuse("listen " + port);
  }

  @Override
  public void checkAccept(String host, int port) {
    throw refuse("accept " + host + ":" + port);
  }

  @Override
  public void checkMulticast(InetAddress maddr) {
    throw refuse("multicast " + maddr);
  }
}
