"""Renderers: Article -> JSON, plain text or Rich renderables. They return; cli prints."""
