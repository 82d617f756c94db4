package io.contactcenter.ticket.outbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP port that stands for the broker's address as one service instance sees it. Closed, a
 * connection is refused exactly as with a stopped broker; opened, it forwards to the real broker.
 * The shared broker itself is never touched. The broker advertises its own address, so once a client
 * has bootstrapped through the gate it talks to the broker directly: the gate models "down until it
 * comes back", which is what the test needs.
 */
final class BrokerGate implements AutoCloseable {

    /** JVM-wide, so the test profile (which configures the instance) and the test agree on the port. */
    private static final String PORT_PROPERTY = "ticket-service.test.broker-gate.port";
    private static final String HTTP_PORT_PROPERTY = "ticket-service.test.broker-gate.http-port";

    private final ServerSocket server;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    /** A free local port, the same one for every caller in this JVM; nothing listens on it until {@link #open}. */
    static synchronized int port() {
        reserve();
        return Integer.parseInt(System.getProperty(PORT_PROPERTY));
    }

    /**
     * Another free port for the instance's HTTP server. With {@code quarkus.http.test-port=0} the kernel may hand
     * out the gate's port again (it is free until the gate opens): both are chosen while both are held.
     */
    static synchronized int httpPort() {
        reserve();
        return Integer.parseInt(System.getProperty(HTTP_PORT_PROPERTY));
    }

    private static void reserve() {
        if (System.getProperty(PORT_PROPERTY) != null) {
            return;
        }
        try (ServerSocket gate = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                ServerSocket http = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            System.setProperty(HTTP_PORT_PROPERTY, Integer.toString(http.getLocalPort()));
            System.setProperty(PORT_PROPERTY, Integer.toString(gate.getLocalPort()));
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    /** The broker is back: connections to {@link #port()} now reach {@code host:targetPort}. */
    static BrokerGate open(String host, int targetPort) throws IOException {
        return new BrokerGate(host, targetPort);
    }

    private BrokerGate(String host, int targetPort) throws IOException {
        server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port()));
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket broker = new Socket(host, targetPort);
                    sockets.add(client);
                    sockets.add(broker);
                    pump(client, broker);
                    pump(broker, client);
                } catch (IOException e) {
                    // closed
                }
            }
        }, "broker-gate");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // one side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "broker-gate-pump");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() {
        closeQuietly(server);
        sockets.forEach(BrokerGate::closeQuietly);
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
