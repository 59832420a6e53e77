package dev.precis.function;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import jakarta.inject.Named;

import java.io.InputStream;
import java.io.OutputStream;

/** The Lambda entry point (work in progress). */
@Named("precis")
public class LambdaHandler implements RequestStreamHandler {
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) {
        throw new UnsupportedOperationException("not yet");
    }
}
