package io.github.camelchat.chatbox.support;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/**
 * Captures every log line (message and stack trace, at DEBUG and up) written while it is installed, so a test can
 * check that no secret was ever logged.
 */
public final class LogCapture extends AbstractAppender implements AutoCloseable {

    private final StringBuilder captured = new StringBuilder();
    private final Level previousRootLevel;

    private LogCapture() {
        super("capture-" + System.nanoTime(), null, null, true, Property.EMPTY_ARRAY);
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = context.getConfiguration();
        LoggerConfig root = configuration.getRootLogger();
        previousRootLevel = root.getLevel();
        start();
        root.addAppender(this, Level.DEBUG, null);
        root.setLevel(Level.DEBUG);
        configuration.getLoggers().values().forEach(logger -> {
            if (logger != root) {
                logger.addAppender(this, Level.DEBUG, null);
                logger.setLevel(Level.DEBUG);
            }
        });
        context.updateLoggers();
    }

    public static LogCapture install() {
        return new LogCapture();
    }

    @Override
    public void append(LogEvent event) {
        StringWriter line = new StringWriter();
        line.append(event.getLevel().name()).append(' ').append(event.getLoggerName()).append(" - ")
                .append(event.getMessage().getFormattedMessage()).append('\n');
        if (event.getThrown() != null) {
            event.getThrown().printStackTrace(new PrintWriter(line));
        }
        synchronized (captured) {
            captured.append(line);
        }
    }

    public String text() {
        synchronized (captured) {
            return captured.toString();
        }
    }

    @Override
    public void close() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = context.getConfiguration();
        configuration.getLoggers().values().forEach(logger -> logger.removeAppender(getName()));
        configuration.getRootLogger().setLevel(previousRootLevel);
        context.reconfigure();
        stop();
    }
}
