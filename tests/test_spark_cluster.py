"""Spark on a real cluster: a standalone master and one worker on 127.0.0.1, started with the
launcher that ships inside pyspark (``bin/spark-class``), run the same ingest as the
``local[2]`` test and must write exactly the rows of a plain one-process run.

The master and the worker are child processes of this test, each in its own process group,
with their logs and work folders under pytest's temporary folder; the fixture stops them (and
anything they started, such as executors) whether the test passes or not."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from engines_helpers import inputs, reference, rows_of  # noqa: F401 (fixtures, used by name)

HOST = "127.0.0.1"
START_TIMEOUT = 60  # seconds for the master to come up, and again for the worker to register
RUN_TIMEOUT = 120  # seconds for the ingest itself (about 30 s on 2 cores)
STOP_TIMEOUT = 20  # seconds a daemon gets to exit after SIGTERM before SIGKILL


def _java() -> str | None:
    """The java that ``spark-class`` runs: ``$JAVA_HOME/bin/java``, else ``java`` on PATH."""
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").is_file():
        return str(Path(home) / "bin" / "java")
    return shutil.which("java")


pytestmark = pytest.mark.skipif(_java() is None, reason="Spark needs Java (no JAVA_HOME, no java on PATH)")


def _free_ports(count: int) -> list[int]:
    """Ports free on 127.0.0.1 now (all held at once, so they differ)."""
    with ExitStack() as stack:
        socks = [stack.enter_context(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) for _ in range(count)]
        for s in socks:
            s.bind((HOST, 0))
        return [s.getsockname()[1] for s in socks]


def _tail(path: Path, lines: int = 40) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:]
    except OSError as error:
        return f"--- {path}: {error}"
    return f"--- {path} (last {len(text)} lines)\n" + "\n".join(text)


@dataclass
class Cluster:
    url: str  # spark://127.0.0.1:PORT, what the driver is pointed at
    ui: str  # the master's web UI, whose /json/ says who is registered
    work: Path  # the worker's work folder: one folder per application and executor
    logs: list[Path] = field(default_factory=list)
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def state(self) -> dict[str, Any] | None:
        """The master's JSON status, or None while it does not answer."""
        try:
            with urllib.request.urlopen(f"{self.ui}/json/", timeout=5) as response:
                return json.load(response)
        except (OSError, ValueError):
            return None

    def tails(self) -> str:
        """The end of every log: master, worker, and each executor's stderr."""
        executors = sorted(self.work.glob("app-*/*/stderr"))
        return "\n".join(_tail(p) for p in [*self.logs, *executors])

    def wait_for(self, what: str, ready: Callable[[dict[str, Any]], Any], timeout: float) -> Any:
        """Poll the master's JSON until ``ready`` gives something true; fail with the logs."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            dead = [p.args for p in self.processes if p.poll() is not None]
            if dead:
                pytest.fail(f"a Spark daemon exited while waiting for {what}: {dead}\n{self.tails()}")
            state = self.state()
            found = ready(state) if state else None
            if found:
                return found
            time.sleep(0.25)
        pytest.fail(f"no {what} within {timeout} s (master {self.url}, UI {self.ui}); "
                    f"last status: {self.state()}\n{self.tails()}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM (the daemons shut down their executors), SIGKILL if that takes too long, then
    SIGKILL whatever is left in the process group."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(STOP_TIMEOUT)
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _group_gone(pgid: int, timeout: float = 10) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    """A standalone master and one worker (2 cores, 2 GiB) on 127.0.0.1, on free ports."""
    import pyspark

    spark_home = Path(pyspark.__file__).resolve().parent
    spark_class = spark_home / "bin" / "spark-class"
    base = tmp_path_factory.mktemp("spark-cluster")
    for sub in ("conf", "logs", "work", "pids"):
        (base / sub).mkdir()
    master_port, master_ui, worker_port, worker_ui = _free_ports(4)
    env = {
        **os.environ,
        "SPARK_HOME": str(spark_home),  # this pyspark's jars, not another Spark's
        "SPARK_CONF_DIR": str(base / "conf"),  # empty: no stray spark-defaults.conf or spark-env.sh
        "SPARK_LOCAL_IP": HOST,
        # the master's REST submission server would take the fixed port 6066; not needed here
        "SPARK_MASTER_OPTS": "-Dspark.master.rest.enabled=false",
        "SPARK_LOG_DIR": str(base / "logs"),
        "SPARK_WORKER_DIR": str(base / "work"),
        "SPARK_PID_DIR": str(base / "pids"),
        "PYSPARK_PYTHON": sys.executable,
    }
    cluster = Cluster(url=f"spark://{HOST}:{master_port}", ui=f"http://{HOST}:{master_ui}", work=base / "work")

    def spawn(name: str, *args: str) -> None:
        log = base / "logs" / f"{name}.log"
        cluster.logs.append(log)
        with log.open("wb") as out:  # the child keeps its own copy of the descriptor
            cluster.processes.append(subprocess.Popen(
                ["bash", str(spark_class), *args], env=env, cwd=base, stdin=subprocess.DEVNULL,
                stdout=out, stderr=subprocess.STDOUT, start_new_session=True))

    try:
        spawn("master", "org.apache.spark.deploy.master.Master",
              "--host", HOST, "--port", str(master_port), "--webui-port", str(master_ui))
        state = cluster.wait_for("master", lambda s: s if s.get("status") == "ALIVE" else None, START_TIMEOUT)
        assert state["url"] == cluster.url, f"the master took another port: {state['url']}\n{cluster.tails()}"
        spawn("worker", "org.apache.spark.deploy.worker.Worker",
              "--host", HOST, "--port", str(worker_port), "--webui-port", str(worker_ui),
              "--cores", "2", "--memory", "2g", "--work-dir", str(cluster.work), cluster.url)
        cluster.wait_for("registered worker", lambda s: s.get("aliveworkers", 0) >= 1, START_TIMEOUT)
        yield cluster
    finally:
        for process in reversed(cluster.processes):  # the worker first, then the master
            _stop(process)
        running = [p.args for p in cluster.processes if p.returncode is None]
        left = [p.pid for p in cluster.processes if not _group_gone(p.pid)]
        assert not running and not left, f"Spark daemons still running: {running}, process groups {left}"


def _run_with_deadline(run: Callable[[], dict[str, int]], cluster: Cluster) -> dict[str, int]:
    """``run()`` in a thread; past RUN_TIMEOUT its Spark jobs are cancelled and the test fails
    with the logs (a job waiting for executors that never come would otherwise hang)."""
    from pyspark import SparkContext

    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["counts"] = run()
        except BaseException as error:  # handed to the test's thread
            outcome["error"] = error

    thread = threading.Thread(target=target, name="ingest_spark", daemon=True)
    thread.start()
    thread.join(RUN_TIMEOUT)
    if thread.is_alive():
        sc = SparkContext._active_spark_context
        if sc is not None:
            sc.cancelAllJobs()
        thread.join(30)
        pytest.fail(f"the ingest on {cluster.url} did not finish within {RUN_TIMEOUT} s\n{cluster.tails()}")
    if "error" in outcome:
        raise AssertionError(f"the ingest on {cluster.url} failed\n{cluster.tails()}") from outcome["error"]
    return outcome["counts"]


def test_spark_standalone_cluster_gives_the_same_rows(cluster: Cluster, inputs: Path,
                                                      reference: dict[str, list[str]], tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from pyspark import SparkContext

    from newsgraph.run.spark import ingest_spark

    # driver and executors run this interpreter (the project's virtualenv)
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    monkeypatch.setenv("PYSPARK_DRIVER_PYTHON", sys.executable)
    monkeypatch.setenv("SPARK_LOCAL_IP", HOST)  # the driver, if its JVM starts in this test
    # no earlier session (say the local[2] test's) is left for getOrCreate to hand back
    assert SparkContext._active_spark_context is None
    out = tmp_path / "parquet"
    counts = _run_with_deadline(lambda: ingest_spark([str(inputs)], out, master=cluster.url), cluster)
    assert SparkContext._active_spark_context is None, "ingest_spark left its session running"
    assert counts["articles"] == len(reference["articles"])
    assert rows_of(str(out)) == reference
    # the work was done on the cluster: the master lists the application, finished, with executors
    apps = cluster.wait_for("finished application", lambda s: [a for a in s.get("completedapps", [])
                                                               if a.get("name") == "newsgraph"], 30)
    assert len(apps) == 1, apps
    assert list(cluster.work.glob(f"{apps[0]['id']}/*/stderr")), f"no executor ran\n{cluster.tails()}"
