package org.pagelab.model; final class Placeholder { private Placeholder() {} }
