package it.ccvmi.planner.api.jobs;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The Server-Sent Event streams of the jobs: {@code progress} with the job JSON, then a final {@code done}.
 * Event ids let a client that lost the stream come back (EventSource sends the last id as Last-Event-ID): a
 * progress event's id is the job's elapsed milliseconds, the final event's is {@value #DONE_ID}. A client that
 * comes back after {@code done} gets 204, which tells EventSource to stop reconnecting; any other client gets
 * the job's state now, which is all a progress stream has to catch up on.
 */
@Component
class JobEvents {

    /** Longest a stream stays open: the longest time limit plus the wait in the queue, generously. */
    private static final long STREAM_TIMEOUT_MILLIS = 60 * 60 * 1000L;

    /** The id of the final event. */
    static final String DONE_ID = "done";

    /** How long a client waits before reconnecting after losing the stream. */
    private static final long RECONNECT_MILLIS = 2_000;

    private final Map<String, List<Stream>> streams = new ConcurrentHashMap<>();

    /**
     * Opens a stream for a job; then call {@link #greet} with the job as read after opening, so that an end that
     * happens in between is not missed.
     */
    Stream open(String jobId) {
        Stream stream = new Stream(new SseEmitter(STREAM_TIMEOUT_MILLIS));
        List<Stream> listeners = streams.computeIfAbsent(jobId, id -> new CopyOnWriteArrayList<>());
        listeners.add(stream);
        Runnable forget = () -> listeners.remove(stream);
        stream.emitter.onCompletion(forget);
        stream.emitter.onTimeout(forget);
        stream.emitter.onError(failure -> forget.run());
        return stream;
    }

    /** The first event: the job's state now, and the end of the stream if the job has ended. */
    void greet(Stream stream, JobView job) {
        stream.advise(RECONNECT_MILLIS);
        if (job.state().isFinished()) {
            stream.close(job);
        } else {
            stream.send("progress", job);
        }
    }

    boolean isWatched(String jobId) {
        List<Stream> listeners = streams.get(jobId);
        return listeners != null && !listeners.isEmpty();
    }

    /** The jobs some client of this replica follows. */
    Set<String> watched() {
        return streams.entrySet().stream().filter(entry -> !entry.getValue().isEmpty()).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    void progress(String jobId, JobView job) {
        streams.getOrDefault(jobId, List.of()).forEach(stream -> stream.send("progress", job));
    }

    /** Sends the final event and closes the job's streams. */
    void done(String jobId, JobView job) {
        List<Stream> listeners = streams.remove(jobId);
        if (listeners != null) {
            listeners.forEach(stream -> stream.close(job));
        }
    }

    /** One client's stream; sends from the solver and the ticker threads one at a time, nothing after the end. */
    static final class Stream {

        private final SseEmitter emitter;
        private boolean closed;

        private Stream(SseEmitter emitter) {
            this.emitter = emitter;
        }

        SseEmitter emitter() {
            return emitter;
        }

        synchronized void send(String event, JobView job) {
            String id = event.equals("done") ? DONE_ID : Long.toString(Math.round(job.elapsedSeconds() * 1000));
            emit(SseEmitter.event().id(id).name(event).data(job));
        }

        /** Tells the client how long to wait before reconnecting. */
        synchronized void advise(long reconnectMillis) {
            emit(SseEmitter.event().reconnectTime(reconnectMillis).comment("reconnect after " + reconnectMillis + " ms"));
        }

        private void emit(SseEmitter.SseEventBuilder event) {
            if (closed) {
                return;
            }
            try {
                emitter.send(event);
            } catch (IOException | IllegalStateException gone) {
                closed = true; // the client went away
                emitter.completeWithError(gone);
            }
        }

        synchronized void close(JobView job) {
            send("done", job);
            if (!closed) {
                closed = true;
                emitter.complete();
            }
        }
    }
}
