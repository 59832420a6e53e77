package dev.precis.model;

/** The kinds of source a request can name. */
public enum SourceKind { URL, HTML, S3, TEXT, FILE }
