"""Settings: environment over file, secrets only from the environment."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import REPO
from workers.exceptions import ConfigError
from workers.settings import load_settings


def test_defaults_are_the_embedded_setup():
    s = load_settings()
    assert s.database_url == "sqlite:///./tradelead.db" and s.redis_url is None
    assert s.llm_base_url is None and s.timezone == "Asia/Shanghai"


def test_example_config_file_loads(monkeypatch):
    monkeypatch.setenv("TRADELEAD_CONFIG", str(REPO / "tradelead.example.toml"))
    s = load_settings()
    assert [m.name for m in s.mailboxes] == ["sales"]
    assert s.mailboxes[0].password_variable == "TRADELEAD_IMAP_PASSWORD_SALES"
    assert s.platforms[0].password_variable == "TRADELEAD_PLATFORM_PASSWORD_ALIBABA_MAIN"
    assert (s.llm_model, s.schedule_nightly) == ("qwen-plus", "0 2 * * *")


def test_environment_beats_the_file(monkeypatch, tmp_path: Path):
    (tmp_path / "tradelead.toml").write_text('timezone = "Europe/Berlin"\n[llm]\nmodel = "a"\n')
    monkeypatch.setenv("TRADELEAD_LLM_MODEL", "b")
    s = load_settings()
    assert (s.timezone, s.llm_model) == ("Europe/Berlin", "b")


def test_llm_key_falls_back_to_openai_api_key(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-openai")
    assert load_settings().llm_api_key.get_secret_value() == "sk-openai"
    monkeypatch.setenv("TRADELEAD_LLM_API_KEY", "sk-ours")
    assert load_settings().llm_api_key.get_secret_value() == "sk-ours"


@pytest.mark.parametrize(
    "toml",
    [
        '[[mailboxes]]\nname="a"\nhost="h"\nusername="u"\npassword="p"\n',
        'llm_api_key = "sk"\n',
        '[[platforms]]\nname="a"\nplatform="alibaba"\nusername="u"\ntoken="t"\n',
    ],
)
def test_secrets_in_the_file_are_refused(tmp_path: Path, toml: str):
    (tmp_path / "tradelead.toml").write_text(toml)
    with pytest.raises(ConfigError, match="secrets are read from environment variables only"):
        load_settings()


def test_unknown_keys_are_refused_with_their_name(tmp_path: Path):
    (tmp_path / "tradelead.toml").write_text('databse_url = "sqlite://"\n')
    with pytest.raises(ConfigError, match="databse_url"):
        load_settings()


def test_mailbox_password_comes_from_its_variable(monkeypatch, tmp_path: Path):
    (tmp_path / "tradelead.toml").write_text(
        '[[mailboxes]]\nname="Sales EU"\nhost="h"\nusername="u"\n'
        '[[mailboxes]]\nname="b"\nhost="h"\nusername="u"\npassword_env="MY_PW"\n'
    )
    monkeypatch.setenv("TRADELEAD_IMAP_PASSWORD_SALES_EU", "one")
    monkeypatch.setenv("MY_PW", "two")
    s = load_settings()
    assert s.mailbox("Sales EU").password().get_secret_value() == "one"
    assert s.mailbox("b").password().get_secret_value() == "two"
    with pytest.raises(ConfigError, match="no mailbox 'c'"):
        s.mailbox("c")
