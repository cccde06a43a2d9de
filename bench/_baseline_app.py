"""The baseline: a bare FastAPI endpoint served by uvicorn the same way roundtwo is."""

from __future__ import annotations

import sys

import uvicorn
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/", response_class=HTMLResponse)
def bare() -> str:
    return "<!doctype html><title>ok</title><p>ok</p>"


if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
